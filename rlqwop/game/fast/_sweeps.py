"""Generated from lanes.py for the spec's tables: do not edit.

The runner's joint sweeps over LANES games at once (see lanes.py). Tests check that this file is
what lanes.py generates today; ``lanes.write_generated()`` rewrites it.
"""

import math

from numba import njit

from rlqwop.game.fast.layout import MAX_VALUE
from rlqwop.game.fast.lanes import glibc_rotations as _glibc_rotations
from rlqwop.game.fast.trig import own_sincos as _own_sincos

@njit(cache=True, _nrt=False, error_model='numpy')
def init_sweep(lb, lj, n_lanes):
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        ca, sa, cb, sb = lb[6048 + g], lb[6624 + g], lb[6112 + g], lb[6688 + g]
        r1x = ca * (1.9464226250774301) - sa * (0.23026118775573867)
        r1y = sa * (1.9464226250774301) + ca * (0.23026118775573867)
        r2x = cb * (2.0958596632699917) - sb * (0.29461641905670727)
        r2y = sb * (2.0958596632699917) + cb * (0.29461641905670727)
        lj[6816 + g] = (r1x) if act else lj[6816 + g]
        lj[7200 + g] = (r1y) if act else lj[7200 + g]
        lj[7584 + g] = (r2x) if act else lj[7584 + g]
        lj[7968 + g] = (r2y) if act else lj[7968 + g]
        k11 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1y * r1y + (0.03527813872540085) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1x * r1x + (0.03527813872540085) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4512 + g] = (det * k22) if act else lj[4512 + g]
        lj[5280 + g] = (-det * k12) if act else lj[5280 + g]
        lj[4896 + g] = (-det * k21) if act else lj[4896 + g]
        lj[5664 + g] = (det * k11) if act else lj[5664 + g]
        lj[6048 + g] = (1.0 / ((0.05871559633027523) + (0.03527813872540085))) if act else lj[6048 + g]
        mf = lj[1056 + g] if lj[3360 + g] != 0.0 else 0.0
        lj[1056 + g] = (mf) if act else lj[1056 + g]
        angle = lb[1504 + g] - lb[1440 + g] - (2.2893406247158676)
        lower, upper = lj[2592 + g], lj[2976 + g]
        old_state, lf = lj[4128 + g], lj[1440 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3744 + g] != 0.0
        lj[4128 + g] = (state if limit else old_state) if act else lj[4128 + g]
        lf = lf if limit & keep else 0.0
        lj[1440 + g] = (lf) if act else lj[1440 + g]
        pfx, pfy = lj[288 + g], lj[672 + g]
        lb[2016 + g] = (lb[2016 + g] - 0.04 * (0.13333333333333333) * pfx) if act else lb[2016 + g]
        lb[2592 + g] = (lb[2592 + g] - 0.04 * (0.13333333333333333) * pfy) if act else lb[2592 + g]
        lb[3168 + g] = (lb[3168 + g] - 0.04 * (0.05871559633027523) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[3168 + g]
        lb[2080 + g] = (lb[2080 + g] + 0.04 * (0.09433962264150944) * pfx) if act else lb[2080 + g]
        lb[2656 + g] = (lb[2656 + g] + 0.04 * (0.09433962264150944) * pfy) if act else lb[2656 + g]
        lb[3232 + g] = (lb[3232 + g] + 0.04 * (0.03527813872540085) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[3232 + g]
        lj[1824 + g] = (0.0) if act else lj[1824 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        ca, sa, cb, sb = lb[6112 + g], lb[6688 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (-2.0961942262183917) - sa * (0.18536556036297194)
        r1y = sa * (-2.0961942262183917) + ca * (0.18536556036297194)
        r2x = cb * (-2.162191390759836) - sb * (-0.6165265219145436)
        r2y = sb * (-2.162191390759836) + cb * (-0.6165265219145436)
        lj[6688 + g] = (r1x) if act else lj[6688 + g]
        lj[7072 + g] = (r1y) if act else lj[7072 + g]
        lj[7456 + g] = (r2x) if act else lj[7456 + g]
        lj[7840 + g] = (r2y) if act else lj[7840 + g]
        k11 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4384 + g] = (det * k22) if act else lj[4384 + g]
        lj[5152 + g] = (-det * k12) if act else lj[5152 + g]
        lj[4768 + g] = (-det * k21) if act else lj[4768 + g]
        lj[5536 + g] = (det * k11) if act else lj[5536 + g]
        lj[5920 + g] = (1.0 / ((0.03527813872540085) + (0.012598303677779489))) if act else lj[5920 + g]
        mf = lj[928 + g] if lj[3232 + g] != 0.0 else 0.0
        lj[928 + g] = (mf) if act else lj[928 + g]
        angle = lb[1152 + g] - lb[1504 + g] - (-2.719359381718199)
        lower, upper = lj[2464 + g], lj[2848 + g]
        old_state, lf = lj[4000 + g], lj[1312 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3616 + g] != 0.0
        lj[4000 + g] = (state if limit else old_state) if act else lj[4000 + g]
        lf = lf if limit & keep else 0.0
        lj[1312 + g] = (lf) if act else lj[1312 + g]
        pfx, pfy = lj[160 + g], lj[544 + g]
        lb[2080 + g] = (lb[2080 + g] - 0.04 * (0.09433962264150944) * pfx) if act else lb[2080 + g]
        lb[2656 + g] = (lb[2656 + g] - 0.04 * (0.09433962264150944) * pfy) if act else lb[2656 + g]
        lb[3232 + g] = (lb[3232 + g] - 0.04 * (0.03527813872540085) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[3232 + g]
        lb[1728 + g] = (lb[1728 + g] + 0.04 * (0.053569037096558185) * pfx) if act else lb[1728 + g]
        lb[2304 + g] = (lb[2304 + g] + 0.04 * (0.053569037096558185) * pfy) if act else lb[2304 + g]
        lb[2880 + g] = (lb[2880 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[2880 + g]
        lj[1696 + g] = (0.0) if act else lj[1696 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        ca, sa, cb, sb = lb[5856 + g], lb[6432 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (1.5149934600879298) - sa * (0.10302974517488483)
        r1y = sa * (1.5149934600879298) + ca * (0.10302974517488483)
        r2x = cb * (-2.1617729534350554) - sb * (0.17997450596313957)
        r2y = sb * (-2.1617729534350554) + cb * (0.17997450596313957)
        lj[6656 + g] = (r1x) if act else lj[6656 + g]
        lj[7040 + g] = (r1y) if act else lj[7040 + g]
        lj[7424 + g] = (r2x) if act else lj[7424 + g]
        lj[7808 + g] = (r2y) if act else lj[7808 + g]
        k11 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4352 + g] = (det * k22) if act else lj[4352 + g]
        lj[5120 + g] = (-det * k12) if act else lj[5120 + g]
        lj[4736 + g] = (-det * k21) if act else lj[4736 + g]
        lj[5504 + g] = (det * k11) if act else lj[5504 + g]
        lj[5888 + g] = (1.0 / ((0.04027180109757439) + (0.012598303677779489))) if act else lj[5888 + g]
        mf = lj[896 + g] if lj[3200 + g] != 0.0 else 0.0
        lj[896 + g] = (mf) if act else lj[896 + g]
        angle = lb[1152 + g] - lb[1248 + g] - (0.7258477508944043)
        lower, upper = lj[2432 + g], lj[2816 + g]
        old_state, lf = lj[3968 + g], lj[1280 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3584 + g] != 0.0
        lj[3968 + g] = (state if limit else old_state) if act else lj[3968 + g]
        lf = lf if limit & keep else 0.0
        lj[1280 + g] = (lf) if act else lj[1280 + g]
        pfx, pfy = lj[128 + g], lj[512 + g]
        lb[1824 + g] = (lb[1824 + g] - 0.04 * (0.09900990099009901) * pfx) if act else lb[1824 + g]
        lb[2400 + g] = (lb[2400 + g] - 0.04 * (0.09900990099009901) * pfy) if act else lb[2400 + g]
        lb[2976 + g] = (lb[2976 + g] - 0.04 * (0.04027180109757439) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[2976 + g]
        lb[1728 + g] = (lb[1728 + g] + 0.04 * (0.053569037096558185) * pfx) if act else lb[1728 + g]
        lb[2304 + g] = (lb[2304 + g] + 0.04 * (0.053569037096558185) * pfy) if act else lb[2304 + g]
        lb[2880 + g] = (lb[2880 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[2880 + g]
        lj[1664 + g] = (0.0) if act else lj[1664 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        ca, sa, cb, sb = lb[5888 + g], lb[6464 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (-1.06207890966549) - sa * (0.17409394631566927)
        r1y = sa * (-1.06207890966549) + ca * (0.17409394631566927)
        r2x = cb * (1.9283425691848988) - sb * (0.5346402981158307)
        r2y = sb * (1.9283425691848988) + cb * (0.5346402981158307)
        lj[6624 + g] = (r1x) if act else lj[6624 + g]
        lj[7008 + g] = (r1y) if act else lj[7008 + g]
        lj[7392 + g] = (r2x) if act else lj[7392 + g]
        lj[7776 + g] = (r2y) if act else lj[7776 + g]
        k11 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4320 + g] = (det * k22) if act else lj[4320 + g]
        lj[5088 + g] = (-det * k12) if act else lj[5088 + g]
        lj[4704 + g] = (-det * k21) if act else lj[4704 + g]
        lj[5472 + g] = (det * k11) if act else lj[5472 + g]
        lj[5856 + g] = (1.0 / ((0.17010946366789667) + (0.012598303677779489))) if act else lj[5856 + g]
        mf = lj[864 + g] if lj[3168 + g] != 0.0 else 0.0
        lj[864 + g] = (mf) if act else lj[864 + g]
        angle = lb[1152 + g] - lb[1280 + g] - (-2.09438311816829)
        lower, upper = lj[2400 + g], lj[2784 + g]
        old_state, lf = lj[3936 + g], lj[1248 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3552 + g] != 0.0
        lj[3936 + g] = (state if limit else old_state) if act else lj[3936 + g]
        lf = lf if limit & keep else 0.0
        lj[1248 + g] = (lf) if act else lj[1248 + g]
        pfx, pfy = lj[96 + g], lj[480 + g]
        lb[1856 + g] = (lb[1856 + g] - 0.04 * (0.21621621621621623) * pfx) if act else lb[1856 + g]
        lb[2432 + g] = (lb[2432 + g] - 0.04 * (0.21621621621621623) * pfy) if act else lb[2432 + g]
        lb[3008 + g] = (lb[3008 + g] - 0.04 * (0.17010946366789667) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[3008 + g]
        lb[1728 + g] = (lb[1728 + g] + 0.04 * (0.053569037096558185) * pfx) if act else lb[1728 + g]
        lb[2304 + g] = (lb[2304 + g] + 0.04 * (0.053569037096558185) * pfy) if act else lb[2304 + g]
        lb[2880 + g] = (lb[2880 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[2880 + g]
        lj[1632 + g] = (0.0) if act else lj[1632 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        ca, sa, cb, sb = lb[6016 + g], lb[6592 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (1.2001841231501342) - sa * (0.014095940491621661)
        r1y = sa * (1.2001841231501342) + ca * (0.014095940491621661)
        r2x = cb * (2.0154692227269657) - sb * (-0.963716471396211)
        r2y = sb * (2.0154692227269657) + cb * (-0.963716471396211)
        lj[6592 + g] = (r1x) if act else lj[6592 + g]
        lj[6976 + g] = (r1y) if act else lj[6976 + g]
        lj[7360 + g] = (r2x) if act else lj[7360 + g]
        lj[7744 + g] = (r2y) if act else lj[7744 + g]
        k11 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4288 + g] = (det * k22) if act else lj[4288 + g]
        lj[5056 + g] = (-det * k12) if act else lj[5056 + g]
        lj[4672 + g] = (-det * k21) if act else lj[4672 + g]
        lj[5440 + g] = (det * k11) if act else lj[5440 + g]
        lj[5824 + g] = (1.0 / ((0.1174846535671278) + (0.012598303677779489))) if act else lj[5824 + g]
        mf = lj[832 + g] if lj[3136 + g] != 0.0 else 0.0
        lj[832 + g] = (mf) if act else lj[832 + g]
        angle = lb[1152 + g] - lb[1408 + g] - (-0.7853907065463961)
        lower, upper = lj[2368 + g], lj[2752 + g]
        old_state, lf = lj[3904 + g], lj[1216 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3520 + g] != 0.0
        lj[3904 + g] = (state if limit else old_state) if act else lj[3904 + g]
        lf = lf if limit & keep else 0.0
        lj[1216 + g] = (lf) if act else lj[1216 + g]
        pfx, pfy = lj[64 + g], lj[448 + g]
        lb[1984 + g] = (lb[1984 + g] - 0.04 * (0.17094017094017094) * pfx) if act else lb[1984 + g]
        lb[2560 + g] = (lb[2560 + g] - 0.04 * (0.17094017094017094) * pfy) if act else lb[2560 + g]
        lb[3136 + g] = (lb[3136 + g] - 0.04 * (0.1174846535671278) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[3136 + g]
        lb[1728 + g] = (lb[1728 + g] + 0.04 * (0.053569037096558185) * pfx) if act else lb[1728 + g]
        lb[2304 + g] = (lb[2304 + g] + 0.04 * (0.053569037096558185) * pfy) if act else lb[2304 + g]
        lb[2880 + g] = (lb[2880 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[2880 + g]
        lj[1600 + g] = (0.0) if act else lj[1600 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        ca, sa, cb, sb = lb[5792 + g], lb[6368 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (-0.22839485113389013) - sa * (1.1126087775923434)
        r1y = sa * (-0.22839485113389013) + ca * (1.1126087775923434)
        r2x = cb * (2.859519853416241) - sb * (0.1894010834667077)
        r2y = sb * (2.859519853416241) + cb * (0.1894010834667077)
        lj[6560 + g] = (r1x) if act else lj[6560 + g]
        lj[6944 + g] = (r1y) if act else lj[6944 + g]
        lj[7328 + g] = (r2x) if act else lj[7328 + g]
        lj[7712 + g] = (r2y) if act else lj[7712 + g]
        k11 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4256 + g] = (det * k22) if act else lj[4256 + g]
        lj[5024 + g] = (-det * k12) if act else lj[5024 + g]
        lj[4640 + g] = (-det * k21) if act else lj[4640 + g]
        lj[5408 + g] = (det * k11) if act else lj[5408 + g]
        lj[5792 + g] = (1.0 / ((0.18086620215453098) + (0.012598303677779489))) if act else lj[5792 + g]
        mf = lj[800 + g] if lj[3104 + g] != 0.0 else 0.0
        lj[800 + g] = (mf) if act else lj[800 + g]
        angle = lb[1152 + g] - lb[1184 + g] - (-1.308996406363529)
        lower, upper = lj[2336 + g], lj[2720 + g]
        old_state, lf = lj[3872 + g], lj[1184 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3488 + g] != 0.0
        lj[3872 + g] = (state if limit else old_state) if act else lj[3872 + g]
        lf = lf if limit & keep else 0.0
        lj[1184 + g] = (lf) if act else lj[1184 + g]
        pfx, pfy = lj[32 + g], lj[416 + g]
        lb[1760 + g] = (lb[1760 + g] - 0.04 * (0.17551557700745943) * pfx) if act else lb[1760 + g]
        lb[2336 + g] = (lb[2336 + g] - 0.04 * (0.17551557700745943) * pfy) if act else lb[2336 + g]
        lb[2912 + g] = (lb[2912 + g] - 0.04 * (0.18086620215453098) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[2912 + g]
        lb[1728 + g] = (lb[1728 + g] + 0.04 * (0.053569037096558185) * pfx) if act else lb[1728 + g]
        lb[2304 + g] = (lb[2304 + g] + 0.04 * (0.053569037096558185) * pfy) if act else lb[2304 + g]
        lb[2880 + g] = (lb[2880 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[2880 + g]
        lj[1568 + g] = (0.0) if act else lj[1568 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        ca, sa, cb, sb = lb[5984 + g], lb[6560 + g], lb[6016 + g], lb[6592 + g]
        r1x = ca * (1.786878910753607) - sa * (-0.0875161173956252)
        r1y = sa * (1.786878910753607) + ca * (-0.0875161173956252)
        r2x = cb * (-1.3780071636887363) - sb * (0.014064825719664498)
        r2y = sb * (-1.3780071636887363) + cb * (0.014064825719664498)
        lj[6752 + g] = (r1x) if act else lj[6752 + g]
        lj[7136 + g] = (r1y) if act else lj[7136 + g]
        lj[7520 + g] = (r2x) if act else lj[7520 + g]
        lj[7904 + g] = (r2y) if act else lj[7904 + g]
        k11 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1y * r1y + (0.1174846535671278) * r2y * r2y
        k12 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k21 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k22 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1x * r1x + (0.1174846535671278) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4448 + g] = (det * k22) if act else lj[4448 + g]
        lj[5216 + g] = (-det * k12) if act else lj[5216 + g]
        lj[4832 + g] = (-det * k21) if act else lj[4832 + g]
        lj[5600 + g] = (det * k11) if act else lj[5600 + g]
        lj[5984 + g] = (1.0 / ((0.09237008652479196) + (0.1174846535671278))) if act else lj[5984 + g]
        mf = lj[992 + g] if lj[3296 + g] != 0.0 else 0.0
        lj[992 + g] = (mf) if act else lj[992 + g]
        angle = lb[1408 + g] - lb[1376 + g] - (1.2968199012274688)
        lower, upper = lj[2528 + g], lj[2912 + g]
        old_state, lf = lj[4064 + g], lj[1376 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3680 + g] != 0.0
        lj[4064 + g] = (state if limit else old_state) if act else lj[4064 + g]
        lf = lf if limit & keep else 0.0
        lj[1376 + g] = (lf) if act else lj[1376 + g]
        pfx, pfy = lj[224 + g], lj[608 + g]
        lb[1952 + g] = (lb[1952 + g] - 0.04 * (0.16645859342488556) * pfx) if act else lb[1952 + g]
        lb[2528 + g] = (lb[2528 + g] - 0.04 * (0.16645859342488556) * pfy) if act else lb[2528 + g]
        lb[3104 + g] = (lb[3104 + g] - 0.04 * (0.09237008652479196) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[3104 + g]
        lb[1984 + g] = (lb[1984 + g] + 0.04 * (0.17094017094017094) * pfx) if act else lb[1984 + g]
        lb[2560 + g] = (lb[2560 + g] + 0.04 * (0.17094017094017094) * pfy) if act else lb[2560 + g]
        lb[3136 + g] = (lb[3136 + g] + 0.04 * (0.1174846535671278) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[3136 + g]
        lj[1760 + g] = (0.0) if act else lj[1760 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        ca, sa, cb, sb = lb[5824 + g], lb[6400 + g], lb[5888 + g], lb[6464 + g]
        r1x = ca * (-1.2620587423023988) - sa * (0.15722668659641342)
        r1y = sa * (-1.2620587423023988) + ca * (0.15722668659641342)
        r2x = cb * (1.6027887369842992) - sb * (-0.14793204384539627)
        r2y = sb * (1.6027887369842992) + cb * (-0.14793204384539627)
        lj[6720 + g] = (r1x) if act else lj[6720 + g]
        lj[7104 + g] = (r1y) if act else lj[7104 + g]
        lj[7488 + g] = (r2x) if act else lj[7488 + g]
        lj[7872 + g] = (r2y) if act else lj[7872 + g]
        k11 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1y * r1y + (0.17010946366789667) * r2y * r2y
        k12 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k21 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k22 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1x * r1x + (0.17010946366789667) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4416 + g] = (det * k22) if act else lj[4416 + g]
        lj[5184 + g] = (-det * k12) if act else lj[5184 + g]
        lj[4800 + g] = (-det * k21) if act else lj[4800 + g]
        lj[5568 + g] = (det * k11) if act else lj[5568 + g]
        lj[5952 + g] = (1.0 / ((0.23156635340884965) + (0.17010946366789667))) if act else lj[5952 + g]
        mf = lj[960 + g] if lj[3264 + g] != 0.0 else 0.0
        lj[960 + g] = (mf) if act else lj[960 + g]
        angle = lb[1280 + g] - lb[1216 + g] - (2.09438311816829)
        lower, upper = lj[2496 + g], lj[2880 + g]
        old_state, lf = lj[4032 + g], lj[1344 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3648 + g] != 0.0
        lj[4032 + g] = (state if limit else old_state) if act else lj[4032 + g]
        lf = lf if limit & keep else 0.0
        lj[1344 + g] = (lf) if act else lj[1344 + g]
        pfx, pfy = lj[192 + g], lj[576 + g]
        lb[1792 + g] = (lb[1792 + g] - 0.04 * (0.2597402597402597) * pfx) if act else lb[1792 + g]
        lb[2368 + g] = (lb[2368 + g] - 0.04 * (0.2597402597402597) * pfy) if act else lb[2368 + g]
        lb[2944 + g] = (lb[2944 + g] - 0.04 * (0.23156635340884965) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[2944 + g]
        lb[1856 + g] = (lb[1856 + g] + 0.04 * (0.21621621621621623) * pfx) if act else lb[1856 + g]
        lb[2432 + g] = (lb[2432 + g] + 0.04 * (0.21621621621621623) * pfy) if act else lb[2432 + g]
        lb[3008 + g] = (lb[3008 + g] + 0.04 * (0.17010946366789667) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[3008 + g]
        lj[1728 + g] = (0.0) if act else lj[1728 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        ca, sa, cb, sb = lb[5920 + g], lb[6496 + g], lb[5856 + g], lb[6432 + g]
        r1x = ca * (2.0031668711363886) - sa * (0.29778450493880393)
        r1y = sa * (2.0031668711363886) + ca * (0.29778450493880393)
        r2x = cb * (-2.039930985466258) - sb * (-0.06884320616201656)
        r2y = sb * (-2.039930985466258) + cb * (-0.06884320616201656)
        lj[6784 + g] = (r1x) if act else lj[6784 + g]
        lj[7168 + g] = (r1y) if act else lj[7168 + g]
        lj[7552 + g] = (r2x) if act else lj[7552 + g]
        lj[7936 + g] = (r2y) if act else lj[7936 + g]
        k11 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1y * r1y + (0.04027180109757439) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1x * r1x + (0.04027180109757439) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4480 + g] = (det * k22) if act else lj[4480 + g]
        lj[5248 + g] = (-det * k12) if act else lj[5248 + g]
        lj[4864 + g] = (-det * k21) if act else lj[4864 + g]
        lj[5632 + g] = (det * k11) if act else lj[5632 + g]
        lj[6016 + g] = (1.0 / ((0.05871559633027523) + (0.04027180109757439))) if act else lj[6016 + g]
        mf = lj[1024 + g] if lj[3328 + g] != 0.0 else 0.0
        lj[1024 + g] = (mf) if act else lj[1024 + g]
        angle = lb[1248 + g] - lb[1312 + g] - (-0.3953113764119829)
        lower, upper = lj[2560 + g], lj[2944 + g]
        old_state, lf = lj[4096 + g], lj[1408 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3712 + g] != 0.0
        lj[4096 + g] = (state if limit else old_state) if act else lj[4096 + g]
        lf = lf if limit & keep else 0.0
        lj[1408 + g] = (lf) if act else lj[1408 + g]
        pfx, pfy = lj[256 + g], lj[640 + g]
        lb[1888 + g] = (lb[1888 + g] - 0.04 * (0.13333333333333333) * pfx) if act else lb[1888 + g]
        lb[2464 + g] = (lb[2464 + g] - 0.04 * (0.13333333333333333) * pfy) if act else lb[2464 + g]
        lb[3040 + g] = (lb[3040 + g] - 0.04 * (0.05871559633027523) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[3040 + g]
        lb[1824 + g] = (lb[1824 + g] + 0.04 * (0.09900990099009901) * pfx) if act else lb[1824 + g]
        lb[2400 + g] = (lb[2400 + g] + 0.04 * (0.09900990099009901) * pfy) if act else lb[2400 + g]
        lb[2976 + g] = (lb[2976 + g] + 0.04 * (0.04027180109757439) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[2976 + g]
        lj[1792 + g] = (0.0) if act else lj[1792 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        ca, sa, cb, sb = lb[5952 + g], lb[6528 + g], lb[5920 + g], lb[6496 + g]
        r1x = ca * (-0.6270934582479109) - sa * (-0.06637286435491148)
        r1y = sa * (-0.6270934582479109) + ca * (-0.06637286435491148)
        r2x = cb * (-2.425382538900126) - sb * (0.13895539751438638)
        r2y = sb * (-2.425382538900126) + cb * (0.13895539751438638)
        lj[6848 + g] = (r1x) if act else lj[6848 + g]
        lj[7232 + g] = (r1y) if act else lj[7232 + g]
        lj[7616 + g] = (r2x) if act else lj[7616 + g]
        lj[8000 + g] = (r2y) if act else lj[8000 + g]
        k11 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4544 + g] = (det * k22) if act else lj[4544 + g]
        lj[5312 + g] = (-det * k12) if act else lj[5312 + g]
        lj[4928 + g] = (-det * k21) if act else lj[4928 + g]
        lj[5696 + g] = (det * k11) if act else lj[5696 + g]
        lj[6080 + g] = (1.0 / ((0.1204272910821709) + (0.05871559633027523))) if act else lj[6080 + g]
        mf = lj[1088 + g] if lj[3392 + g] != 0.0 else 0.0
        lj[1088 + g] = (mf) if act else lj[1088 + g]
        angle = lb[1312 + g] - lb[1344 + g] - (-1.7244327585010226)
        lower, upper = lj[2624 + g], lj[3008 + g]
        old_state, lf = lj[4160 + g], lj[1472 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3776 + g] != 0.0
        lj[4160 + g] = (state if limit else old_state) if act else lj[4160 + g]
        lf = lf if limit & keep else 0.0
        lj[1472 + g] = (lf) if act else lj[1472 + g]
        pfx, pfy = lj[320 + g], lj[704 + g]
        lb[1920 + g] = (lb[1920 + g] - 0.04 * (0.09144947416552353) * pfx) if act else lb[1920 + g]
        lb[2496 + g] = (lb[2496 + g] - 0.04 * (0.09144947416552353) * pfy) if act else lb[2496 + g]
        lb[3072 + g] = (lb[3072 + g] - 0.04 * (0.1204272910821709) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[3072 + g]
        lb[1888 + g] = (lb[1888 + g] + 0.04 * (0.13333333333333333) * pfx) if act else lb[1888 + g]
        lb[2464 + g] = (lb[2464 + g] + 0.04 * (0.13333333333333333) * pfy) if act else lb[2464 + g]
        lb[3040 + g] = (lb[3040 + g] + 0.04 * (0.05871559633027523) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[3040 + g]
        lj[1856 + g] = (0.0) if act else lj[1856 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        ca, sa, cb, sb = lb[6080 + g], lb[6656 + g], lb[6048 + g], lb[6624 + g]
        r1x = ca * (-0.7779783144804977) - sa * (-0.20811593451266924)
        r1y = sa * (-0.7779783144804977) + ca * (-0.20811593451266924)
        r2x = cb * (-2.2591139640195603) - sb * (0.08142886510219238)
        r2y = sb * (-2.2591139640195603) + cb * (0.08142886510219238)
        lj[6880 + g] = (r1x) if act else lj[6880 + g]
        lj[7264 + g] = (r1y) if act else lj[7264 + g]
        lj[7648 + g] = (r2x) if act else lj[7648 + g]
        lj[8032 + g] = (r2y) if act else lj[8032 + g]
        k11 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4576 + g] = (det * k22) if act else lj[4576 + g]
        lj[5344 + g] = (-det * k12) if act else lj[5344 + g]
        lj[4960 + g] = (-det * k21) if act else lj[4960 + g]
        lj[5728 + g] = (det * k11) if act else lj[5728 + g]
        lj[6112 + g] = (1.0 / ((0.10877949071482061) + (0.05871559633027523))) if act else lj[6112 + g]
        mf = lj[1120 + g] if lj[3424 + g] != 0.0 else 0.0
        lj[1120 + g] = (mf) if act else lj[1120 + g]
        angle = lb[1440 + g] - lb[1472 + g] - (-1.5708045825942758)
        lower, upper = lj[2656 + g], lj[3040 + g]
        old_state, lf = lj[4192 + g], lj[1504 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3808 + g] != 0.0
        lj[4192 + g] = (state if limit else old_state) if act else lj[4192 + g]
        lf = lf if limit & keep else 0.0
        lj[1504 + g] = (lf) if act else lj[1504 + g]
        pfx, pfy = lj[352 + g], lj[736 + g]
        lb[2048 + g] = (lb[2048 + g] - 0.04 * (0.08514261387824605) * pfx) if act else lb[2048 + g]
        lb[2624 + g] = (lb[2624 + g] - 0.04 * (0.08514261387824605) * pfy) if act else lb[2624 + g]
        lb[3200 + g] = (lb[3200 + g] - 0.04 * (0.10877949071482061) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[3200 + g]
        lb[2016 + g] = (lb[2016 + g] + 0.04 * (0.13333333333333333) * pfx) if act else lb[2016 + g]
        lb[2592 + g] = (lb[2592 + g] + 0.04 * (0.13333333333333333) * pfy) if act else lb[2592 + g]
        lb[3168 + g] = (lb[3168 + g] + 0.04 * (0.05871559633027523) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[3168 + g]
        lj[1888 + g] = (0.0) if act else lj[1888 + g]


@njit(cache=True, _nrt=False, error_model='numpy')
def velocity_sweep(lb, lj, n_lanes):
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[6816 + g], lj[7200 + g], lj[7584 + g], lj[7968 + g]
        vxa, vya, wa = lb[2016 + g], lb[2592 + g], lb[3168 + g]
        vxb, vyb, wb = lb[2080 + g], lb[2656 + g], lb[3232 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4512 + g] * cdx + lj[5280 + g] * cdy)
        fy = -25.0 * (lj[4896 + g] * cdx + lj[5664 + g] * cdy)
        lj[288 + g] = (lj[288 + g] + fx) if act else lj[288 + g]
        lj[672 + g] = (lj[672 + g] + fy) if act else lj[672 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.13333333333333333) * px
        vya = vya - (0.13333333333333333) * py
        wa = wa - (0.05871559633027523) * (r1x * py - r1y * px)
        vxb = vxb + (0.09433962264150944) * px
        vyb = vyb + (0.09433962264150944) * py
        wb = wb + (0.03527813872540085) * (r2x * py - r2y * px)
        state = lj[4128 + g]
        motor = (lj[3360 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2208 + g]
        force = -25.0 * lj[6048 + g] * cdot
        old = lj[1056 + g]
        new = old + force
        new = new if new < (3000.0) else (3000.0)
        new = -(3000.0) if -(3000.0) > new else new
        lj[1056 + g] = (new if motor else old) if act else lj[1056 + g]
        force = new - old
        wa = wa - (0.05871559633027523) * 0.04 * force if motor else wa
        wb = wb + (0.03527813872540085) * 0.04 * force if motor else wb
        limit = (lj[3744 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[6048 + g] * cdot
        old = lj[1440 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1440 + g] = (new if limit else old) if act else lj[1440 + g]
        lb[2016 + g] = (vxa) if act else lb[2016 + g]
        lb[2592 + g] = (vya) if act else lb[2592 + g]
        lb[2080 + g] = (vxb) if act else lb[2080 + g]
        lb[2656 + g] = (vyb) if act else lb[2656 + g]
        lb[3168 + g] = (wa - (0.05871559633027523) * 0.04 * force if limit else wa) if act else lb[3168 + g]
        lb[3232 + g] = (wb + (0.03527813872540085) * 0.04 * force if limit else wb) if act else lb[3232 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[6688 + g], lj[7072 + g], lj[7456 + g], lj[7840 + g]
        vxa, vya, wa = lb[2080 + g], lb[2656 + g], lb[3232 + g]
        vxb, vyb, wb = lb[1728 + g], lb[2304 + g], lb[2880 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4384 + g] * cdx + lj[5152 + g] * cdy)
        fy = -25.0 * (lj[4768 + g] * cdx + lj[5536 + g] * cdy)
        lj[160 + g] = (lj[160 + g] + fx) if act else lj[160 + g]
        lj[544 + g] = (lj[544 + g] + fy) if act else lj[544 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09433962264150944) * px
        vya = vya - (0.09433962264150944) * py
        wa = wa - (0.03527813872540085) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[4000 + g]
        motor = (lj[3232 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2080 + g]
        force = -25.0 * lj[5920 + g] * cdot
        old = lj[928 + g]
        new = old + force
        new = new if new < (6000.0) else (6000.0)
        new = -(6000.0) if -(6000.0) > new else new
        lj[928 + g] = (new if motor else old) if act else lj[928 + g]
        force = new - old
        wa = wa - (0.03527813872540085) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[3616 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5920 + g] * cdot
        old = lj[1312 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1312 + g] = (new if limit else old) if act else lj[1312 + g]
        lb[2080 + g] = (vxa) if act else lb[2080 + g]
        lb[2656 + g] = (vya) if act else lb[2656 + g]
        lb[1728 + g] = (vxb) if act else lb[1728 + g]
        lb[2304 + g] = (vyb) if act else lb[2304 + g]
        lb[3232 + g] = (wa - (0.03527813872540085) * 0.04 * force if limit else wa) if act else lb[3232 + g]
        lb[2880 + g] = (wb + (0.012598303677779489) * 0.04 * force if limit else wb) if act else lb[2880 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[6656 + g], lj[7040 + g], lj[7424 + g], lj[7808 + g]
        vxa, vya, wa = lb[1824 + g], lb[2400 + g], lb[2976 + g]
        vxb, vyb, wb = lb[1728 + g], lb[2304 + g], lb[2880 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4352 + g] * cdx + lj[5120 + g] * cdy)
        fy = -25.0 * (lj[4736 + g] * cdx + lj[5504 + g] * cdy)
        lj[128 + g] = (lj[128 + g] + fx) if act else lj[128 + g]
        lj[512 + g] = (lj[512 + g] + fy) if act else lj[512 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09900990099009901) * px
        vya = vya - (0.09900990099009901) * py
        wa = wa - (0.04027180109757439) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[3968 + g]
        motor = (lj[3200 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2048 + g]
        force = -25.0 * lj[5888 + g] * cdot
        old = lj[896 + g]
        new = old + force
        new = new if new < (6000.0) else (6000.0)
        new = -(6000.0) if -(6000.0) > new else new
        lj[896 + g] = (new if motor else old) if act else lj[896 + g]
        force = new - old
        wa = wa - (0.04027180109757439) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[3584 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5888 + g] * cdot
        old = lj[1280 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1280 + g] = (new if limit else old) if act else lj[1280 + g]
        lb[1824 + g] = (vxa) if act else lb[1824 + g]
        lb[2400 + g] = (vya) if act else lb[2400 + g]
        lb[1728 + g] = (vxb) if act else lb[1728 + g]
        lb[2304 + g] = (vyb) if act else lb[2304 + g]
        lb[2976 + g] = (wa - (0.04027180109757439) * 0.04 * force if limit else wa) if act else lb[2976 + g]
        lb[2880 + g] = (wb + (0.012598303677779489) * 0.04 * force if limit else wb) if act else lb[2880 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[6624 + g], lj[7008 + g], lj[7392 + g], lj[7776 + g]
        vxa, vya, wa = lb[1856 + g], lb[2432 + g], lb[3008 + g]
        vxb, vyb, wb = lb[1728 + g], lb[2304 + g], lb[2880 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4320 + g] * cdx + lj[5088 + g] * cdy)
        fy = -25.0 * (lj[4704 + g] * cdx + lj[5472 + g] * cdy)
        lj[96 + g] = (lj[96 + g] + fx) if act else lj[96 + g]
        lj[480 + g] = (lj[480 + g] + fy) if act else lj[480 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.21621621621621623) * px
        vya = vya - (0.21621621621621623) * py
        wa = wa - (0.17010946366789667) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[3936 + g]
        motor = (lj[3168 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2016 + g]
        force = -25.0 * lj[5856 + g] * cdot
        old = lj[864 + g]
        new = old + force
        new = new if new < (1000.0) else (1000.0)
        new = -(1000.0) if -(1000.0) > new else new
        lj[864 + g] = (new if motor else old) if act else lj[864 + g]
        force = new - old
        wa = wa - (0.17010946366789667) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[3552 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5856 + g] * cdot
        old = lj[1248 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1248 + g] = (new if limit else old) if act else lj[1248 + g]
        lb[1856 + g] = (vxa) if act else lb[1856 + g]
        lb[2432 + g] = (vya) if act else lb[2432 + g]
        lb[1728 + g] = (vxb) if act else lb[1728 + g]
        lb[2304 + g] = (vyb) if act else lb[2304 + g]
        lb[3008 + g] = (wa - (0.17010946366789667) * 0.04 * force if limit else wa) if act else lb[3008 + g]
        lb[2880 + g] = (wb + (0.012598303677779489) * 0.04 * force if limit else wb) if act else lb[2880 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[6592 + g], lj[6976 + g], lj[7360 + g], lj[7744 + g]
        vxa, vya, wa = lb[1984 + g], lb[2560 + g], lb[3136 + g]
        vxb, vyb, wb = lb[1728 + g], lb[2304 + g], lb[2880 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4288 + g] * cdx + lj[5056 + g] * cdy)
        fy = -25.0 * (lj[4672 + g] * cdx + lj[5440 + g] * cdy)
        lj[64 + g] = (lj[64 + g] + fx) if act else lj[64 + g]
        lj[448 + g] = (lj[448 + g] + fy) if act else lj[448 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.17094017094017094) * px
        vya = vya - (0.17094017094017094) * py
        wa = wa - (0.1174846535671278) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[3904 + g]
        motor = (lj[3136 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1984 + g]
        force = -25.0 * lj[5824 + g] * cdot
        old = lj[832 + g]
        new = old + force
        new = new if new < (1000.0) else (1000.0)
        new = -(1000.0) if -(1000.0) > new else new
        lj[832 + g] = (new if motor else old) if act else lj[832 + g]
        force = new - old
        wa = wa - (0.1174846535671278) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[3520 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5824 + g] * cdot
        old = lj[1216 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1216 + g] = (new if limit else old) if act else lj[1216 + g]
        lb[1984 + g] = (vxa) if act else lb[1984 + g]
        lb[2560 + g] = (vya) if act else lb[2560 + g]
        lb[1728 + g] = (vxb) if act else lb[1728 + g]
        lb[2304 + g] = (vyb) if act else lb[2304 + g]
        lb[3136 + g] = (wa - (0.1174846535671278) * 0.04 * force if limit else wa) if act else lb[3136 + g]
        lb[2880 + g] = (wb + (0.012598303677779489) * 0.04 * force if limit else wb) if act else lb[2880 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[6560 + g], lj[6944 + g], lj[7328 + g], lj[7712 + g]
        vxa, vya, wa = lb[1760 + g], lb[2336 + g], lb[2912 + g]
        vxb, vyb, wb = lb[1728 + g], lb[2304 + g], lb[2880 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4256 + g] * cdx + lj[5024 + g] * cdy)
        fy = -25.0 * (lj[4640 + g] * cdx + lj[5408 + g] * cdy)
        lj[32 + g] = (lj[32 + g] + fx) if act else lj[32 + g]
        lj[416 + g] = (lj[416 + g] + fy) if act else lj[416 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.17551557700745943) * px
        vya = vya - (0.17551557700745943) * py
        wa = wa - (0.18086620215453098) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[3872 + g]
        motor = (lj[3104 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1952 + g]
        force = -25.0 * lj[5792 + g] * cdot
        old = lj[800 + g]
        new = old + force
        new = new if new < (0.0) else (0.0)
        new = -(0.0) if -(0.0) > new else new
        lj[800 + g] = (new if motor else old) if act else lj[800 + g]
        force = new - old
        wa = wa - (0.18086620215453098) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[3488 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5792 + g] * cdot
        old = lj[1184 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1184 + g] = (new if limit else old) if act else lj[1184 + g]
        lb[1760 + g] = (vxa) if act else lb[1760 + g]
        lb[2336 + g] = (vya) if act else lb[2336 + g]
        lb[1728 + g] = (vxb) if act else lb[1728 + g]
        lb[2304 + g] = (vyb) if act else lb[2304 + g]
        lb[2912 + g] = (wa - (0.18086620215453098) * 0.04 * force if limit else wa) if act else lb[2912 + g]
        lb[2880 + g] = (wb + (0.012598303677779489) * 0.04 * force if limit else wb) if act else lb[2880 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[6752 + g], lj[7136 + g], lj[7520 + g], lj[7904 + g]
        vxa, vya, wa = lb[1952 + g], lb[2528 + g], lb[3104 + g]
        vxb, vyb, wb = lb[1984 + g], lb[2560 + g], lb[3136 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4448 + g] * cdx + lj[5216 + g] * cdy)
        fy = -25.0 * (lj[4832 + g] * cdx + lj[5600 + g] * cdy)
        lj[224 + g] = (lj[224 + g] + fx) if act else lj[224 + g]
        lj[608 + g] = (lj[608 + g] + fy) if act else lj[608 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.16645859342488556) * px
        vya = vya - (0.16645859342488556) * py
        wa = wa - (0.09237008652479196) * (r1x * py - r1y * px)
        vxb = vxb + (0.17094017094017094) * px
        vyb = vyb + (0.17094017094017094) * py
        wb = wb + (0.1174846535671278) * (r2x * py - r2y * px)
        state = lj[4064 + g]
        motor = (lj[3296 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2144 + g]
        force = -25.0 * lj[5984 + g] * cdot
        old = lj[992 + g]
        new = old + force
        new = new if new < (0.0) else (0.0)
        new = -(0.0) if -(0.0) > new else new
        lj[992 + g] = (new if motor else old) if act else lj[992 + g]
        force = new - old
        wa = wa - (0.09237008652479196) * 0.04 * force if motor else wa
        wb = wb + (0.1174846535671278) * 0.04 * force if motor else wb
        limit = (lj[3680 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5984 + g] * cdot
        old = lj[1376 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1376 + g] = (new if limit else old) if act else lj[1376 + g]
        lb[1952 + g] = (vxa) if act else lb[1952 + g]
        lb[2528 + g] = (vya) if act else lb[2528 + g]
        lb[1984 + g] = (vxb) if act else lb[1984 + g]
        lb[2560 + g] = (vyb) if act else lb[2560 + g]
        lb[3104 + g] = (wa - (0.09237008652479196) * 0.04 * force if limit else wa) if act else lb[3104 + g]
        lb[3136 + g] = (wb + (0.1174846535671278) * 0.04 * force if limit else wb) if act else lb[3136 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[6720 + g], lj[7104 + g], lj[7488 + g], lj[7872 + g]
        vxa, vya, wa = lb[1792 + g], lb[2368 + g], lb[2944 + g]
        vxb, vyb, wb = lb[1856 + g], lb[2432 + g], lb[3008 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4416 + g] * cdx + lj[5184 + g] * cdy)
        fy = -25.0 * (lj[4800 + g] * cdx + lj[5568 + g] * cdy)
        lj[192 + g] = (lj[192 + g] + fx) if act else lj[192 + g]
        lj[576 + g] = (lj[576 + g] + fy) if act else lj[576 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.2597402597402597) * px
        vya = vya - (0.2597402597402597) * py
        wa = wa - (0.23156635340884965) * (r1x * py - r1y * px)
        vxb = vxb + (0.21621621621621623) * px
        vyb = vyb + (0.21621621621621623) * py
        wb = wb + (0.17010946366789667) * (r2x * py - r2y * px)
        state = lj[4032 + g]
        motor = (lj[3264 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2112 + g]
        force = -25.0 * lj[5952 + g] * cdot
        old = lj[960 + g]
        new = old + force
        new = new if new < (0.0) else (0.0)
        new = -(0.0) if -(0.0) > new else new
        lj[960 + g] = (new if motor else old) if act else lj[960 + g]
        force = new - old
        wa = wa - (0.23156635340884965) * 0.04 * force if motor else wa
        wb = wb + (0.17010946366789667) * 0.04 * force if motor else wb
        limit = (lj[3648 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5952 + g] * cdot
        old = lj[1344 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1344 + g] = (new if limit else old) if act else lj[1344 + g]
        lb[1792 + g] = (vxa) if act else lb[1792 + g]
        lb[2368 + g] = (vya) if act else lb[2368 + g]
        lb[1856 + g] = (vxb) if act else lb[1856 + g]
        lb[2432 + g] = (vyb) if act else lb[2432 + g]
        lb[2944 + g] = (wa - (0.23156635340884965) * 0.04 * force if limit else wa) if act else lb[2944 + g]
        lb[3008 + g] = (wb + (0.17010946366789667) * 0.04 * force if limit else wb) if act else lb[3008 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[6784 + g], lj[7168 + g], lj[7552 + g], lj[7936 + g]
        vxa, vya, wa = lb[1888 + g], lb[2464 + g], lb[3040 + g]
        vxb, vyb, wb = lb[1824 + g], lb[2400 + g], lb[2976 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4480 + g] * cdx + lj[5248 + g] * cdy)
        fy = -25.0 * (lj[4864 + g] * cdx + lj[5632 + g] * cdy)
        lj[256 + g] = (lj[256 + g] + fx) if act else lj[256 + g]
        lj[640 + g] = (lj[640 + g] + fy) if act else lj[640 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.13333333333333333) * px
        vya = vya - (0.13333333333333333) * py
        wa = wa - (0.05871559633027523) * (r1x * py - r1y * px)
        vxb = vxb + (0.09900990099009901) * px
        vyb = vyb + (0.09900990099009901) * py
        wb = wb + (0.04027180109757439) * (r2x * py - r2y * px)
        state = lj[4096 + g]
        motor = (lj[3328 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2176 + g]
        force = -25.0 * lj[6016 + g] * cdot
        old = lj[1024 + g]
        new = old + force
        new = new if new < (3000.0) else (3000.0)
        new = -(3000.0) if -(3000.0) > new else new
        lj[1024 + g] = (new if motor else old) if act else lj[1024 + g]
        force = new - old
        wa = wa - (0.05871559633027523) * 0.04 * force if motor else wa
        wb = wb + (0.04027180109757439) * 0.04 * force if motor else wb
        limit = (lj[3712 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[6016 + g] * cdot
        old = lj[1408 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1408 + g] = (new if limit else old) if act else lj[1408 + g]
        lb[1888 + g] = (vxa) if act else lb[1888 + g]
        lb[2464 + g] = (vya) if act else lb[2464 + g]
        lb[1824 + g] = (vxb) if act else lb[1824 + g]
        lb[2400 + g] = (vyb) if act else lb[2400 + g]
        lb[3040 + g] = (wa - (0.05871559633027523) * 0.04 * force if limit else wa) if act else lb[3040 + g]
        lb[2976 + g] = (wb + (0.04027180109757439) * 0.04 * force if limit else wb) if act else lb[2976 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[6848 + g], lj[7232 + g], lj[7616 + g], lj[8000 + g]
        vxa, vya, wa = lb[1920 + g], lb[2496 + g], lb[3072 + g]
        vxb, vyb, wb = lb[1888 + g], lb[2464 + g], lb[3040 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4544 + g] * cdx + lj[5312 + g] * cdy)
        fy = -25.0 * (lj[4928 + g] * cdx + lj[5696 + g] * cdy)
        lj[320 + g] = (lj[320 + g] + fx) if act else lj[320 + g]
        lj[704 + g] = (lj[704 + g] + fy) if act else lj[704 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09144947416552353) * px
        vya = vya - (0.09144947416552353) * py
        wa = wa - (0.1204272910821709) * (r1x * py - r1y * px)
        vxb = vxb + (0.13333333333333333) * px
        vyb = vyb + (0.13333333333333333) * py
        wb = wb + (0.05871559633027523) * (r2x * py - r2y * px)
        state = lj[4160 + g]
        motor = (lj[3392 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2240 + g]
        force = -25.0 * lj[6080 + g] * cdot
        old = lj[1088 + g]
        new = old + force
        new = new if new < (2000.0) else (2000.0)
        new = -(2000.0) if -(2000.0) > new else new
        lj[1088 + g] = (new if motor else old) if act else lj[1088 + g]
        force = new - old
        wa = wa - (0.1204272910821709) * 0.04 * force if motor else wa
        wb = wb + (0.05871559633027523) * 0.04 * force if motor else wb
        limit = (lj[3776 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[6080 + g] * cdot
        old = lj[1472 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1472 + g] = (new if limit else old) if act else lj[1472 + g]
        lb[1920 + g] = (vxa) if act else lb[1920 + g]
        lb[2496 + g] = (vya) if act else lb[2496 + g]
        lb[1888 + g] = (vxb) if act else lb[1888 + g]
        lb[2464 + g] = (vyb) if act else lb[2464 + g]
        lb[3072 + g] = (wa - (0.1204272910821709) * 0.04 * force if limit else wa) if act else lb[3072 + g]
        lb[3040 + g] = (wb + (0.05871559633027523) * 0.04 * force if limit else wb) if act else lb[3040 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[6880 + g], lj[7264 + g], lj[7648 + g], lj[8032 + g]
        vxa, vya, wa = lb[2048 + g], lb[2624 + g], lb[3200 + g]
        vxb, vyb, wb = lb[2016 + g], lb[2592 + g], lb[3168 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4576 + g] * cdx + lj[5344 + g] * cdy)
        fy = -25.0 * (lj[4960 + g] * cdx + lj[5728 + g] * cdy)
        lj[352 + g] = (lj[352 + g] + fx) if act else lj[352 + g]
        lj[736 + g] = (lj[736 + g] + fy) if act else lj[736 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.08514261387824605) * px
        vya = vya - (0.08514261387824605) * py
        wa = wa - (0.10877949071482061) * (r1x * py - r1y * px)
        vxb = vxb + (0.13333333333333333) * px
        vyb = vyb + (0.13333333333333333) * py
        wb = wb + (0.05871559633027523) * (r2x * py - r2y * px)
        state = lj[4192 + g]
        motor = (lj[3424 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2272 + g]
        force = -25.0 * lj[6112 + g] * cdot
        old = lj[1120 + g]
        new = old + force
        new = new if new < (2000.0) else (2000.0)
        new = -(2000.0) if -(2000.0) > new else new
        lj[1120 + g] = (new if motor else old) if act else lj[1120 + g]
        force = new - old
        wa = wa - (0.10877949071482061) * 0.04 * force if motor else wa
        wb = wb + (0.05871559633027523) * 0.04 * force if motor else wb
        limit = (lj[3808 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[6112 + g] * cdot
        old = lj[1504 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1504 + g] = (new if limit else old) if act else lj[1504 + g]
        lb[2048 + g] = (vxa) if act else lb[2048 + g]
        lb[2624 + g] = (vya) if act else lb[2624 + g]
        lb[2016 + g] = (vxb) if act else lb[2016 + g]
        lb[2592 + g] = (vyb) if act else lb[2592 + g]
        lb[3200 + g] = (wa - (0.10877949071482061) * 0.04 * force if limit else wa) if act else lb[3200 + g]
        lb[3168 + g] = (wb + (0.05871559633027523) * 0.04 * force if limit else wb) if act else lb[3168 + g]


@njit(cache=True, _nrt=False, error_model='numpy')
def init_sweep_all(lb, lj, n_lanes):
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[6048 + g], lb[6624 + g], lb[6112 + g], lb[6688 + g]
        r1x = ca * (1.9464226250774301) - sa * (0.23026118775573867)
        r1y = sa * (1.9464226250774301) + ca * (0.23026118775573867)
        r2x = cb * (2.0958596632699917) - sb * (0.29461641905670727)
        r2y = sb * (2.0958596632699917) + cb * (0.29461641905670727)
        lj[6816 + g], lj[7200 + g], lj[7584 + g], lj[7968 + g] = r1x, r1y, r2x, r2y
        k11 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1y * r1y + (0.03527813872540085) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1x * r1x + (0.03527813872540085) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4512 + g] = det * k22
        lj[5280 + g] = -det * k12
        lj[4896 + g] = -det * k21
        lj[5664 + g] = det * k11
        lj[6048 + g] = 1.0 / ((0.05871559633027523) + (0.03527813872540085))
        mf = lj[1056 + g] if lj[3360 + g] != 0.0 else 0.0
        lj[1056 + g] = mf
        angle = lb[1504 + g] - lb[1440 + g] - (2.2893406247158676)
        lower, upper = lj[2592 + g], lj[2976 + g]
        old_state, lf = lj[4128 + g], lj[1440 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3744 + g] != 0.0
        lj[4128 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[1440 + g] = lf
        pfx, pfy = lj[288 + g], lj[672 + g]
        lb[2016 + g] = lb[2016 + g] - 0.04 * (0.13333333333333333) * pfx
        lb[2592 + g] = lb[2592 + g] - 0.04 * (0.13333333333333333) * pfy
        lb[3168 + g] = lb[3168 + g] - 0.04 * (0.05871559633027523) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[2080 + g] = lb[2080 + g] + 0.04 * (0.09433962264150944) * pfx
        lb[2656 + g] = lb[2656 + g] + 0.04 * (0.09433962264150944) * pfy
        lb[3232 + g] = lb[3232 + g] + 0.04 * (0.03527813872540085) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[1824 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[6112 + g], lb[6688 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (-2.0961942262183917) - sa * (0.18536556036297194)
        r1y = sa * (-2.0961942262183917) + ca * (0.18536556036297194)
        r2x = cb * (-2.162191390759836) - sb * (-0.6165265219145436)
        r2y = sb * (-2.162191390759836) + cb * (-0.6165265219145436)
        lj[6688 + g], lj[7072 + g], lj[7456 + g], lj[7840 + g] = r1x, r1y, r2x, r2y
        k11 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4384 + g] = det * k22
        lj[5152 + g] = -det * k12
        lj[4768 + g] = -det * k21
        lj[5536 + g] = det * k11
        lj[5920 + g] = 1.0 / ((0.03527813872540085) + (0.012598303677779489))
        mf = lj[928 + g] if lj[3232 + g] != 0.0 else 0.0
        lj[928 + g] = mf
        angle = lb[1152 + g] - lb[1504 + g] - (-2.719359381718199)
        lower, upper = lj[2464 + g], lj[2848 + g]
        old_state, lf = lj[4000 + g], lj[1312 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3616 + g] != 0.0
        lj[4000 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[1312 + g] = lf
        pfx, pfy = lj[160 + g], lj[544 + g]
        lb[2080 + g] = lb[2080 + g] - 0.04 * (0.09433962264150944) * pfx
        lb[2656 + g] = lb[2656 + g] - 0.04 * (0.09433962264150944) * pfy
        lb[3232 + g] = lb[3232 + g] - 0.04 * (0.03527813872540085) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[1728 + g] = lb[1728 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[2304 + g] = lb[2304 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[2880 + g] = lb[2880 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[1696 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5856 + g], lb[6432 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (1.5149934600879298) - sa * (0.10302974517488483)
        r1y = sa * (1.5149934600879298) + ca * (0.10302974517488483)
        r2x = cb * (-2.1617729534350554) - sb * (0.17997450596313957)
        r2y = sb * (-2.1617729534350554) + cb * (0.17997450596313957)
        lj[6656 + g], lj[7040 + g], lj[7424 + g], lj[7808 + g] = r1x, r1y, r2x, r2y
        k11 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4352 + g] = det * k22
        lj[5120 + g] = -det * k12
        lj[4736 + g] = -det * k21
        lj[5504 + g] = det * k11
        lj[5888 + g] = 1.0 / ((0.04027180109757439) + (0.012598303677779489))
        mf = lj[896 + g] if lj[3200 + g] != 0.0 else 0.0
        lj[896 + g] = mf
        angle = lb[1152 + g] - lb[1248 + g] - (0.7258477508944043)
        lower, upper = lj[2432 + g], lj[2816 + g]
        old_state, lf = lj[3968 + g], lj[1280 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3584 + g] != 0.0
        lj[3968 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[1280 + g] = lf
        pfx, pfy = lj[128 + g], lj[512 + g]
        lb[1824 + g] = lb[1824 + g] - 0.04 * (0.09900990099009901) * pfx
        lb[2400 + g] = lb[2400 + g] - 0.04 * (0.09900990099009901) * pfy
        lb[2976 + g] = lb[2976 + g] - 0.04 * (0.04027180109757439) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[1728 + g] = lb[1728 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[2304 + g] = lb[2304 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[2880 + g] = lb[2880 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[1664 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5888 + g], lb[6464 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (-1.06207890966549) - sa * (0.17409394631566927)
        r1y = sa * (-1.06207890966549) + ca * (0.17409394631566927)
        r2x = cb * (1.9283425691848988) - sb * (0.5346402981158307)
        r2y = sb * (1.9283425691848988) + cb * (0.5346402981158307)
        lj[6624 + g], lj[7008 + g], lj[7392 + g], lj[7776 + g] = r1x, r1y, r2x, r2y
        k11 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4320 + g] = det * k22
        lj[5088 + g] = -det * k12
        lj[4704 + g] = -det * k21
        lj[5472 + g] = det * k11
        lj[5856 + g] = 1.0 / ((0.17010946366789667) + (0.012598303677779489))
        mf = lj[864 + g] if lj[3168 + g] != 0.0 else 0.0
        lj[864 + g] = mf
        angle = lb[1152 + g] - lb[1280 + g] - (-2.09438311816829)
        lower, upper = lj[2400 + g], lj[2784 + g]
        old_state, lf = lj[3936 + g], lj[1248 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3552 + g] != 0.0
        lj[3936 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[1248 + g] = lf
        pfx, pfy = lj[96 + g], lj[480 + g]
        lb[1856 + g] = lb[1856 + g] - 0.04 * (0.21621621621621623) * pfx
        lb[2432 + g] = lb[2432 + g] - 0.04 * (0.21621621621621623) * pfy
        lb[3008 + g] = lb[3008 + g] - 0.04 * (0.17010946366789667) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[1728 + g] = lb[1728 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[2304 + g] = lb[2304 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[2880 + g] = lb[2880 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[1632 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[6016 + g], lb[6592 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (1.2001841231501342) - sa * (0.014095940491621661)
        r1y = sa * (1.2001841231501342) + ca * (0.014095940491621661)
        r2x = cb * (2.0154692227269657) - sb * (-0.963716471396211)
        r2y = sb * (2.0154692227269657) + cb * (-0.963716471396211)
        lj[6592 + g], lj[6976 + g], lj[7360 + g], lj[7744 + g] = r1x, r1y, r2x, r2y
        k11 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4288 + g] = det * k22
        lj[5056 + g] = -det * k12
        lj[4672 + g] = -det * k21
        lj[5440 + g] = det * k11
        lj[5824 + g] = 1.0 / ((0.1174846535671278) + (0.012598303677779489))
        mf = lj[832 + g] if lj[3136 + g] != 0.0 else 0.0
        lj[832 + g] = mf
        angle = lb[1152 + g] - lb[1408 + g] - (-0.7853907065463961)
        lower, upper = lj[2368 + g], lj[2752 + g]
        old_state, lf = lj[3904 + g], lj[1216 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3520 + g] != 0.0
        lj[3904 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[1216 + g] = lf
        pfx, pfy = lj[64 + g], lj[448 + g]
        lb[1984 + g] = lb[1984 + g] - 0.04 * (0.17094017094017094) * pfx
        lb[2560 + g] = lb[2560 + g] - 0.04 * (0.17094017094017094) * pfy
        lb[3136 + g] = lb[3136 + g] - 0.04 * (0.1174846535671278) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[1728 + g] = lb[1728 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[2304 + g] = lb[2304 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[2880 + g] = lb[2880 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[1600 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5792 + g], lb[6368 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (-0.22839485113389013) - sa * (1.1126087775923434)
        r1y = sa * (-0.22839485113389013) + ca * (1.1126087775923434)
        r2x = cb * (2.859519853416241) - sb * (0.1894010834667077)
        r2y = sb * (2.859519853416241) + cb * (0.1894010834667077)
        lj[6560 + g], lj[6944 + g], lj[7328 + g], lj[7712 + g] = r1x, r1y, r2x, r2y
        k11 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4256 + g] = det * k22
        lj[5024 + g] = -det * k12
        lj[4640 + g] = -det * k21
        lj[5408 + g] = det * k11
        lj[5792 + g] = 1.0 / ((0.18086620215453098) + (0.012598303677779489))
        mf = lj[800 + g] if lj[3104 + g] != 0.0 else 0.0
        lj[800 + g] = mf
        angle = lb[1152 + g] - lb[1184 + g] - (-1.308996406363529)
        lower, upper = lj[2336 + g], lj[2720 + g]
        old_state, lf = lj[3872 + g], lj[1184 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3488 + g] != 0.0
        lj[3872 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[1184 + g] = lf
        pfx, pfy = lj[32 + g], lj[416 + g]
        lb[1760 + g] = lb[1760 + g] - 0.04 * (0.17551557700745943) * pfx
        lb[2336 + g] = lb[2336 + g] - 0.04 * (0.17551557700745943) * pfy
        lb[2912 + g] = lb[2912 + g] - 0.04 * (0.18086620215453098) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[1728 + g] = lb[1728 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[2304 + g] = lb[2304 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[2880 + g] = lb[2880 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[1568 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5984 + g], lb[6560 + g], lb[6016 + g], lb[6592 + g]
        r1x = ca * (1.786878910753607) - sa * (-0.0875161173956252)
        r1y = sa * (1.786878910753607) + ca * (-0.0875161173956252)
        r2x = cb * (-1.3780071636887363) - sb * (0.014064825719664498)
        r2y = sb * (-1.3780071636887363) + cb * (0.014064825719664498)
        lj[6752 + g], lj[7136 + g], lj[7520 + g], lj[7904 + g] = r1x, r1y, r2x, r2y
        k11 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1y * r1y + (0.1174846535671278) * r2y * r2y
        k12 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k21 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k22 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1x * r1x + (0.1174846535671278) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4448 + g] = det * k22
        lj[5216 + g] = -det * k12
        lj[4832 + g] = -det * k21
        lj[5600 + g] = det * k11
        lj[5984 + g] = 1.0 / ((0.09237008652479196) + (0.1174846535671278))
        mf = lj[992 + g] if lj[3296 + g] != 0.0 else 0.0
        lj[992 + g] = mf
        angle = lb[1408 + g] - lb[1376 + g] - (1.2968199012274688)
        lower, upper = lj[2528 + g], lj[2912 + g]
        old_state, lf = lj[4064 + g], lj[1376 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3680 + g] != 0.0
        lj[4064 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[1376 + g] = lf
        pfx, pfy = lj[224 + g], lj[608 + g]
        lb[1952 + g] = lb[1952 + g] - 0.04 * (0.16645859342488556) * pfx
        lb[2528 + g] = lb[2528 + g] - 0.04 * (0.16645859342488556) * pfy
        lb[3104 + g] = lb[3104 + g] - 0.04 * (0.09237008652479196) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[1984 + g] = lb[1984 + g] + 0.04 * (0.17094017094017094) * pfx
        lb[2560 + g] = lb[2560 + g] + 0.04 * (0.17094017094017094) * pfy
        lb[3136 + g] = lb[3136 + g] + 0.04 * (0.1174846535671278) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[1760 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5824 + g], lb[6400 + g], lb[5888 + g], lb[6464 + g]
        r1x = ca * (-1.2620587423023988) - sa * (0.15722668659641342)
        r1y = sa * (-1.2620587423023988) + ca * (0.15722668659641342)
        r2x = cb * (1.6027887369842992) - sb * (-0.14793204384539627)
        r2y = sb * (1.6027887369842992) + cb * (-0.14793204384539627)
        lj[6720 + g], lj[7104 + g], lj[7488 + g], lj[7872 + g] = r1x, r1y, r2x, r2y
        k11 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1y * r1y + (0.17010946366789667) * r2y * r2y
        k12 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k21 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k22 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1x * r1x + (0.17010946366789667) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4416 + g] = det * k22
        lj[5184 + g] = -det * k12
        lj[4800 + g] = -det * k21
        lj[5568 + g] = det * k11
        lj[5952 + g] = 1.0 / ((0.23156635340884965) + (0.17010946366789667))
        mf = lj[960 + g] if lj[3264 + g] != 0.0 else 0.0
        lj[960 + g] = mf
        angle = lb[1280 + g] - lb[1216 + g] - (2.09438311816829)
        lower, upper = lj[2496 + g], lj[2880 + g]
        old_state, lf = lj[4032 + g], lj[1344 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3648 + g] != 0.0
        lj[4032 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[1344 + g] = lf
        pfx, pfy = lj[192 + g], lj[576 + g]
        lb[1792 + g] = lb[1792 + g] - 0.04 * (0.2597402597402597) * pfx
        lb[2368 + g] = lb[2368 + g] - 0.04 * (0.2597402597402597) * pfy
        lb[2944 + g] = lb[2944 + g] - 0.04 * (0.23156635340884965) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[1856 + g] = lb[1856 + g] + 0.04 * (0.21621621621621623) * pfx
        lb[2432 + g] = lb[2432 + g] + 0.04 * (0.21621621621621623) * pfy
        lb[3008 + g] = lb[3008 + g] + 0.04 * (0.17010946366789667) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[1728 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5920 + g], lb[6496 + g], lb[5856 + g], lb[6432 + g]
        r1x = ca * (2.0031668711363886) - sa * (0.29778450493880393)
        r1y = sa * (2.0031668711363886) + ca * (0.29778450493880393)
        r2x = cb * (-2.039930985466258) - sb * (-0.06884320616201656)
        r2y = sb * (-2.039930985466258) + cb * (-0.06884320616201656)
        lj[6784 + g], lj[7168 + g], lj[7552 + g], lj[7936 + g] = r1x, r1y, r2x, r2y
        k11 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1y * r1y + (0.04027180109757439) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1x * r1x + (0.04027180109757439) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4480 + g] = det * k22
        lj[5248 + g] = -det * k12
        lj[4864 + g] = -det * k21
        lj[5632 + g] = det * k11
        lj[6016 + g] = 1.0 / ((0.05871559633027523) + (0.04027180109757439))
        mf = lj[1024 + g] if lj[3328 + g] != 0.0 else 0.0
        lj[1024 + g] = mf
        angle = lb[1248 + g] - lb[1312 + g] - (-0.3953113764119829)
        lower, upper = lj[2560 + g], lj[2944 + g]
        old_state, lf = lj[4096 + g], lj[1408 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3712 + g] != 0.0
        lj[4096 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[1408 + g] = lf
        pfx, pfy = lj[256 + g], lj[640 + g]
        lb[1888 + g] = lb[1888 + g] - 0.04 * (0.13333333333333333) * pfx
        lb[2464 + g] = lb[2464 + g] - 0.04 * (0.13333333333333333) * pfy
        lb[3040 + g] = lb[3040 + g] - 0.04 * (0.05871559633027523) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[1824 + g] = lb[1824 + g] + 0.04 * (0.09900990099009901) * pfx
        lb[2400 + g] = lb[2400 + g] + 0.04 * (0.09900990099009901) * pfy
        lb[2976 + g] = lb[2976 + g] + 0.04 * (0.04027180109757439) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[1792 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5952 + g], lb[6528 + g], lb[5920 + g], lb[6496 + g]
        r1x = ca * (-0.6270934582479109) - sa * (-0.06637286435491148)
        r1y = sa * (-0.6270934582479109) + ca * (-0.06637286435491148)
        r2x = cb * (-2.425382538900126) - sb * (0.13895539751438638)
        r2y = sb * (-2.425382538900126) + cb * (0.13895539751438638)
        lj[6848 + g], lj[7232 + g], lj[7616 + g], lj[8000 + g] = r1x, r1y, r2x, r2y
        k11 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4544 + g] = det * k22
        lj[5312 + g] = -det * k12
        lj[4928 + g] = -det * k21
        lj[5696 + g] = det * k11
        lj[6080 + g] = 1.0 / ((0.1204272910821709) + (0.05871559633027523))
        mf = lj[1088 + g] if lj[3392 + g] != 0.0 else 0.0
        lj[1088 + g] = mf
        angle = lb[1312 + g] - lb[1344 + g] - (-1.7244327585010226)
        lower, upper = lj[2624 + g], lj[3008 + g]
        old_state, lf = lj[4160 + g], lj[1472 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3776 + g] != 0.0
        lj[4160 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[1472 + g] = lf
        pfx, pfy = lj[320 + g], lj[704 + g]
        lb[1920 + g] = lb[1920 + g] - 0.04 * (0.09144947416552353) * pfx
        lb[2496 + g] = lb[2496 + g] - 0.04 * (0.09144947416552353) * pfy
        lb[3072 + g] = lb[3072 + g] - 0.04 * (0.1204272910821709) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[1888 + g] = lb[1888 + g] + 0.04 * (0.13333333333333333) * pfx
        lb[2464 + g] = lb[2464 + g] + 0.04 * (0.13333333333333333) * pfy
        lb[3040 + g] = lb[3040 + g] + 0.04 * (0.05871559633027523) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[1856 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[6080 + g], lb[6656 + g], lb[6048 + g], lb[6624 + g]
        r1x = ca * (-0.7779783144804977) - sa * (-0.20811593451266924)
        r1y = sa * (-0.7779783144804977) + ca * (-0.20811593451266924)
        r2x = cb * (-2.2591139640195603) - sb * (0.08142886510219238)
        r2y = sb * (-2.2591139640195603) + cb * (0.08142886510219238)
        lj[6880 + g], lj[7264 + g], lj[7648 + g], lj[8032 + g] = r1x, r1y, r2x, r2y
        k11 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[4576 + g] = det * k22
        lj[5344 + g] = -det * k12
        lj[4960 + g] = -det * k21
        lj[5728 + g] = det * k11
        lj[6112 + g] = 1.0 / ((0.10877949071482061) + (0.05871559633027523))
        mf = lj[1120 + g] if lj[3424 + g] != 0.0 else 0.0
        lj[1120 + g] = mf
        angle = lb[1440 + g] - lb[1472 + g] - (-1.5708045825942758)
        lower, upper = lj[2656 + g], lj[3040 + g]
        old_state, lf = lj[4192 + g], lj[1504 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[3808 + g] != 0.0
        lj[4192 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[1504 + g] = lf
        pfx, pfy = lj[352 + g], lj[736 + g]
        lb[2048 + g] = lb[2048 + g] - 0.04 * (0.08514261387824605) * pfx
        lb[2624 + g] = lb[2624 + g] - 0.04 * (0.08514261387824605) * pfy
        lb[3200 + g] = lb[3200 + g] - 0.04 * (0.10877949071482061) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[2016 + g] = lb[2016 + g] + 0.04 * (0.13333333333333333) * pfx
        lb[2592 + g] = lb[2592 + g] + 0.04 * (0.13333333333333333) * pfy
        lb[3168 + g] = lb[3168 + g] + 0.04 * (0.05871559633027523) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[1888 + g] = 0.0



@njit(cache=True, _nrt=False, error_model='numpy')
def velocity_sweep_all(lb, lj, n_lanes):
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[6816 + g], lj[7200 + g], lj[7584 + g], lj[7968 + g]
        vxa, vya, wa = lb[2016 + g], lb[2592 + g], lb[3168 + g]
        vxb, vyb, wb = lb[2080 + g], lb[2656 + g], lb[3232 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4512 + g] * cdx + lj[5280 + g] * cdy)
        fy = -25.0 * (lj[4896 + g] * cdx + lj[5664 + g] * cdy)
        lj[288 + g] = lj[288 + g] + fx
        lj[672 + g] = lj[672 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.13333333333333333) * px
        vya = vya - (0.13333333333333333) * py
        wa = wa - (0.05871559633027523) * (r1x * py - r1y * px)
        vxb = vxb + (0.09433962264150944) * px
        vyb = vyb + (0.09433962264150944) * py
        wb = wb + (0.03527813872540085) * (r2x * py - r2y * px)
        state = lj[4128 + g]
        motor = (lj[3360 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2208 + g]
        force = -25.0 * lj[6048 + g] * cdot
        old = lj[1056 + g]
        new = old + force
        new = new if new < (3000.0) else (3000.0)
        new = -(3000.0) if -(3000.0) > new else new
        lj[1056 + g] = new if motor else old
        force = new - old
        wa = wa - (0.05871559633027523) * 0.04 * force if motor else wa
        wb = wb + (0.03527813872540085) * 0.04 * force if motor else wb
        limit = (lj[3744 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[6048 + g] * cdot
        old = lj[1440 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1440 + g] = new if limit else old
        lb[2016 + g], lb[2592 + g], lb[2080 + g], lb[2656 + g] = vxa, vya, vxb, vyb
        lb[3168 + g] = wa - (0.05871559633027523) * 0.04 * force if limit else wa
        lb[3232 + g] = wb + (0.03527813872540085) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[6688 + g], lj[7072 + g], lj[7456 + g], lj[7840 + g]
        vxa, vya, wa = lb[2080 + g], lb[2656 + g], lb[3232 + g]
        vxb, vyb, wb = lb[1728 + g], lb[2304 + g], lb[2880 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4384 + g] * cdx + lj[5152 + g] * cdy)
        fy = -25.0 * (lj[4768 + g] * cdx + lj[5536 + g] * cdy)
        lj[160 + g] = lj[160 + g] + fx
        lj[544 + g] = lj[544 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09433962264150944) * px
        vya = vya - (0.09433962264150944) * py
        wa = wa - (0.03527813872540085) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[4000 + g]
        motor = (lj[3232 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2080 + g]
        force = -25.0 * lj[5920 + g] * cdot
        old = lj[928 + g]
        new = old + force
        new = new if new < (6000.0) else (6000.0)
        new = -(6000.0) if -(6000.0) > new else new
        lj[928 + g] = new if motor else old
        force = new - old
        wa = wa - (0.03527813872540085) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[3616 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5920 + g] * cdot
        old = lj[1312 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1312 + g] = new if limit else old
        lb[2080 + g], lb[2656 + g], lb[1728 + g], lb[2304 + g] = vxa, vya, vxb, vyb
        lb[3232 + g] = wa - (0.03527813872540085) * 0.04 * force if limit else wa
        lb[2880 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[6656 + g], lj[7040 + g], lj[7424 + g], lj[7808 + g]
        vxa, vya, wa = lb[1824 + g], lb[2400 + g], lb[2976 + g]
        vxb, vyb, wb = lb[1728 + g], lb[2304 + g], lb[2880 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4352 + g] * cdx + lj[5120 + g] * cdy)
        fy = -25.0 * (lj[4736 + g] * cdx + lj[5504 + g] * cdy)
        lj[128 + g] = lj[128 + g] + fx
        lj[512 + g] = lj[512 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09900990099009901) * px
        vya = vya - (0.09900990099009901) * py
        wa = wa - (0.04027180109757439) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[3968 + g]
        motor = (lj[3200 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2048 + g]
        force = -25.0 * lj[5888 + g] * cdot
        old = lj[896 + g]
        new = old + force
        new = new if new < (6000.0) else (6000.0)
        new = -(6000.0) if -(6000.0) > new else new
        lj[896 + g] = new if motor else old
        force = new - old
        wa = wa - (0.04027180109757439) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[3584 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5888 + g] * cdot
        old = lj[1280 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1280 + g] = new if limit else old
        lb[1824 + g], lb[2400 + g], lb[1728 + g], lb[2304 + g] = vxa, vya, vxb, vyb
        lb[2976 + g] = wa - (0.04027180109757439) * 0.04 * force if limit else wa
        lb[2880 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[6624 + g], lj[7008 + g], lj[7392 + g], lj[7776 + g]
        vxa, vya, wa = lb[1856 + g], lb[2432 + g], lb[3008 + g]
        vxb, vyb, wb = lb[1728 + g], lb[2304 + g], lb[2880 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4320 + g] * cdx + lj[5088 + g] * cdy)
        fy = -25.0 * (lj[4704 + g] * cdx + lj[5472 + g] * cdy)
        lj[96 + g] = lj[96 + g] + fx
        lj[480 + g] = lj[480 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.21621621621621623) * px
        vya = vya - (0.21621621621621623) * py
        wa = wa - (0.17010946366789667) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[3936 + g]
        motor = (lj[3168 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2016 + g]
        force = -25.0 * lj[5856 + g] * cdot
        old = lj[864 + g]
        new = old + force
        new = new if new < (1000.0) else (1000.0)
        new = -(1000.0) if -(1000.0) > new else new
        lj[864 + g] = new if motor else old
        force = new - old
        wa = wa - (0.17010946366789667) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[3552 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5856 + g] * cdot
        old = lj[1248 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1248 + g] = new if limit else old
        lb[1856 + g], lb[2432 + g], lb[1728 + g], lb[2304 + g] = vxa, vya, vxb, vyb
        lb[3008 + g] = wa - (0.17010946366789667) * 0.04 * force if limit else wa
        lb[2880 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[6592 + g], lj[6976 + g], lj[7360 + g], lj[7744 + g]
        vxa, vya, wa = lb[1984 + g], lb[2560 + g], lb[3136 + g]
        vxb, vyb, wb = lb[1728 + g], lb[2304 + g], lb[2880 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4288 + g] * cdx + lj[5056 + g] * cdy)
        fy = -25.0 * (lj[4672 + g] * cdx + lj[5440 + g] * cdy)
        lj[64 + g] = lj[64 + g] + fx
        lj[448 + g] = lj[448 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.17094017094017094) * px
        vya = vya - (0.17094017094017094) * py
        wa = wa - (0.1174846535671278) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[3904 + g]
        motor = (lj[3136 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1984 + g]
        force = -25.0 * lj[5824 + g] * cdot
        old = lj[832 + g]
        new = old + force
        new = new if new < (1000.0) else (1000.0)
        new = -(1000.0) if -(1000.0) > new else new
        lj[832 + g] = new if motor else old
        force = new - old
        wa = wa - (0.1174846535671278) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[3520 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5824 + g] * cdot
        old = lj[1216 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1216 + g] = new if limit else old
        lb[1984 + g], lb[2560 + g], lb[1728 + g], lb[2304 + g] = vxa, vya, vxb, vyb
        lb[3136 + g] = wa - (0.1174846535671278) * 0.04 * force if limit else wa
        lb[2880 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[6560 + g], lj[6944 + g], lj[7328 + g], lj[7712 + g]
        vxa, vya, wa = lb[1760 + g], lb[2336 + g], lb[2912 + g]
        vxb, vyb, wb = lb[1728 + g], lb[2304 + g], lb[2880 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4256 + g] * cdx + lj[5024 + g] * cdy)
        fy = -25.0 * (lj[4640 + g] * cdx + lj[5408 + g] * cdy)
        lj[32 + g] = lj[32 + g] + fx
        lj[416 + g] = lj[416 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.17551557700745943) * px
        vya = vya - (0.17551557700745943) * py
        wa = wa - (0.18086620215453098) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[3872 + g]
        motor = (lj[3104 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1952 + g]
        force = -25.0 * lj[5792 + g] * cdot
        old = lj[800 + g]
        new = old + force
        new = new if new < (0.0) else (0.0)
        new = -(0.0) if -(0.0) > new else new
        lj[800 + g] = new if motor else old
        force = new - old
        wa = wa - (0.18086620215453098) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[3488 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5792 + g] * cdot
        old = lj[1184 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1184 + g] = new if limit else old
        lb[1760 + g], lb[2336 + g], lb[1728 + g], lb[2304 + g] = vxa, vya, vxb, vyb
        lb[2912 + g] = wa - (0.18086620215453098) * 0.04 * force if limit else wa
        lb[2880 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[6752 + g], lj[7136 + g], lj[7520 + g], lj[7904 + g]
        vxa, vya, wa = lb[1952 + g], lb[2528 + g], lb[3104 + g]
        vxb, vyb, wb = lb[1984 + g], lb[2560 + g], lb[3136 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4448 + g] * cdx + lj[5216 + g] * cdy)
        fy = -25.0 * (lj[4832 + g] * cdx + lj[5600 + g] * cdy)
        lj[224 + g] = lj[224 + g] + fx
        lj[608 + g] = lj[608 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.16645859342488556) * px
        vya = vya - (0.16645859342488556) * py
        wa = wa - (0.09237008652479196) * (r1x * py - r1y * px)
        vxb = vxb + (0.17094017094017094) * px
        vyb = vyb + (0.17094017094017094) * py
        wb = wb + (0.1174846535671278) * (r2x * py - r2y * px)
        state = lj[4064 + g]
        motor = (lj[3296 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2144 + g]
        force = -25.0 * lj[5984 + g] * cdot
        old = lj[992 + g]
        new = old + force
        new = new if new < (0.0) else (0.0)
        new = -(0.0) if -(0.0) > new else new
        lj[992 + g] = new if motor else old
        force = new - old
        wa = wa - (0.09237008652479196) * 0.04 * force if motor else wa
        wb = wb + (0.1174846535671278) * 0.04 * force if motor else wb
        limit = (lj[3680 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5984 + g] * cdot
        old = lj[1376 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1376 + g] = new if limit else old
        lb[1952 + g], lb[2528 + g], lb[1984 + g], lb[2560 + g] = vxa, vya, vxb, vyb
        lb[3104 + g] = wa - (0.09237008652479196) * 0.04 * force if limit else wa
        lb[3136 + g] = wb + (0.1174846535671278) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[6720 + g], lj[7104 + g], lj[7488 + g], lj[7872 + g]
        vxa, vya, wa = lb[1792 + g], lb[2368 + g], lb[2944 + g]
        vxb, vyb, wb = lb[1856 + g], lb[2432 + g], lb[3008 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4416 + g] * cdx + lj[5184 + g] * cdy)
        fy = -25.0 * (lj[4800 + g] * cdx + lj[5568 + g] * cdy)
        lj[192 + g] = lj[192 + g] + fx
        lj[576 + g] = lj[576 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.2597402597402597) * px
        vya = vya - (0.2597402597402597) * py
        wa = wa - (0.23156635340884965) * (r1x * py - r1y * px)
        vxb = vxb + (0.21621621621621623) * px
        vyb = vyb + (0.21621621621621623) * py
        wb = wb + (0.17010946366789667) * (r2x * py - r2y * px)
        state = lj[4032 + g]
        motor = (lj[3264 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2112 + g]
        force = -25.0 * lj[5952 + g] * cdot
        old = lj[960 + g]
        new = old + force
        new = new if new < (0.0) else (0.0)
        new = -(0.0) if -(0.0) > new else new
        lj[960 + g] = new if motor else old
        force = new - old
        wa = wa - (0.23156635340884965) * 0.04 * force if motor else wa
        wb = wb + (0.17010946366789667) * 0.04 * force if motor else wb
        limit = (lj[3648 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[5952 + g] * cdot
        old = lj[1344 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1344 + g] = new if limit else old
        lb[1792 + g], lb[2368 + g], lb[1856 + g], lb[2432 + g] = vxa, vya, vxb, vyb
        lb[2944 + g] = wa - (0.23156635340884965) * 0.04 * force if limit else wa
        lb[3008 + g] = wb + (0.17010946366789667) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[6784 + g], lj[7168 + g], lj[7552 + g], lj[7936 + g]
        vxa, vya, wa = lb[1888 + g], lb[2464 + g], lb[3040 + g]
        vxb, vyb, wb = lb[1824 + g], lb[2400 + g], lb[2976 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4480 + g] * cdx + lj[5248 + g] * cdy)
        fy = -25.0 * (lj[4864 + g] * cdx + lj[5632 + g] * cdy)
        lj[256 + g] = lj[256 + g] + fx
        lj[640 + g] = lj[640 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.13333333333333333) * px
        vya = vya - (0.13333333333333333) * py
        wa = wa - (0.05871559633027523) * (r1x * py - r1y * px)
        vxb = vxb + (0.09900990099009901) * px
        vyb = vyb + (0.09900990099009901) * py
        wb = wb + (0.04027180109757439) * (r2x * py - r2y * px)
        state = lj[4096 + g]
        motor = (lj[3328 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2176 + g]
        force = -25.0 * lj[6016 + g] * cdot
        old = lj[1024 + g]
        new = old + force
        new = new if new < (3000.0) else (3000.0)
        new = -(3000.0) if -(3000.0) > new else new
        lj[1024 + g] = new if motor else old
        force = new - old
        wa = wa - (0.05871559633027523) * 0.04 * force if motor else wa
        wb = wb + (0.04027180109757439) * 0.04 * force if motor else wb
        limit = (lj[3712 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[6016 + g] * cdot
        old = lj[1408 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1408 + g] = new if limit else old
        lb[1888 + g], lb[2464 + g], lb[1824 + g], lb[2400 + g] = vxa, vya, vxb, vyb
        lb[3040 + g] = wa - (0.05871559633027523) * 0.04 * force if limit else wa
        lb[2976 + g] = wb + (0.04027180109757439) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[6848 + g], lj[7232 + g], lj[7616 + g], lj[8000 + g]
        vxa, vya, wa = lb[1920 + g], lb[2496 + g], lb[3072 + g]
        vxb, vyb, wb = lb[1888 + g], lb[2464 + g], lb[3040 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4544 + g] * cdx + lj[5312 + g] * cdy)
        fy = -25.0 * (lj[4928 + g] * cdx + lj[5696 + g] * cdy)
        lj[320 + g] = lj[320 + g] + fx
        lj[704 + g] = lj[704 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09144947416552353) * px
        vya = vya - (0.09144947416552353) * py
        wa = wa - (0.1204272910821709) * (r1x * py - r1y * px)
        vxb = vxb + (0.13333333333333333) * px
        vyb = vyb + (0.13333333333333333) * py
        wb = wb + (0.05871559633027523) * (r2x * py - r2y * px)
        state = lj[4160 + g]
        motor = (lj[3392 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2240 + g]
        force = -25.0 * lj[6080 + g] * cdot
        old = lj[1088 + g]
        new = old + force
        new = new if new < (2000.0) else (2000.0)
        new = -(2000.0) if -(2000.0) > new else new
        lj[1088 + g] = new if motor else old
        force = new - old
        wa = wa - (0.1204272910821709) * 0.04 * force if motor else wa
        wb = wb + (0.05871559633027523) * 0.04 * force if motor else wb
        limit = (lj[3776 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[6080 + g] * cdot
        old = lj[1472 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1472 + g] = new if limit else old
        lb[1920 + g], lb[2496 + g], lb[1888 + g], lb[2464 + g] = vxa, vya, vxb, vyb
        lb[3072 + g] = wa - (0.1204272910821709) * 0.04 * force if limit else wa
        lb[3040 + g] = wb + (0.05871559633027523) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[6880 + g], lj[7264 + g], lj[7648 + g], lj[8032 + g]
        vxa, vya, wa = lb[2048 + g], lb[2624 + g], lb[3200 + g]
        vxb, vyb, wb = lb[2016 + g], lb[2592 + g], lb[3168 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[4576 + g] * cdx + lj[5344 + g] * cdy)
        fy = -25.0 * (lj[4960 + g] * cdx + lj[5728 + g] * cdy)
        lj[352 + g] = lj[352 + g] + fx
        lj[736 + g] = lj[736 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.08514261387824605) * px
        vya = vya - (0.08514261387824605) * py
        wa = wa - (0.10877949071482061) * (r1x * py - r1y * px)
        vxb = vxb + (0.13333333333333333) * px
        vyb = vyb + (0.13333333333333333) * py
        wb = wb + (0.05871559633027523) * (r2x * py - r2y * px)
        state = lj[4192 + g]
        motor = (lj[3424 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[2272 + g]
        force = -25.0 * lj[6112 + g] * cdot
        old = lj[1120 + g]
        new = old + force
        new = new if new < (2000.0) else (2000.0)
        new = -(2000.0) if -(2000.0) > new else new
        lj[1120 + g] = new if motor else old
        force = new - old
        wa = wa - (0.10877949071482061) * 0.04 * force if motor else wa
        wb = wb + (0.05871559633027523) * 0.04 * force if motor else wb
        limit = (lj[3808 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[6112 + g] * cdot
        old = lj[1504 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[1504 + g] = new if limit else old
        lb[2048 + g], lb[2624 + g], lb[2016 + g], lb[2592 + g] = vxa, vya, vxb, vyb
        lb[3200 + g] = wa - (0.10877949071482061) * 0.04 * force if limit else wa
        lb[3168 + g] = wb + (0.05871559633027523) * 0.04 * force if limit else wb


@njit(cache=True, _nrt=False, error_model='numpy')
def position_sweep(lb, lj, n_lanes):
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[6048 + g], lb[6624 + g], lb[6112 + g], lb[6688 + g]
        r1x = ca * (1.9464226250774301) - sa * (0.23026118775573867)
        r1y = sa * (1.9464226250774301) + ca * (0.23026118775573867)
        r2x = cb * (2.0958596632699917) - sb * (0.29461641905670727)
        r2y = sb * (2.0958596632699917) + cb * (0.29461641905670727)
        k11 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1y * r1y + (0.03527813872540085) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1x * r1x + (0.03527813872540085) * r2x * r2x
        cxa, cya, anga = lb[288 + g], lb[864 + g], lb[1440 + g]
        cxb, cyb, angb = lb[352 + g], lb[928 + g], lb[1504 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.13333333333333333) * ix
        cya = cya - (0.13333333333333333) * iy
        anga = anga - (0.05871559633027523) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.09433962264150944) * ix
        cyb = cyb + (0.09433962264150944) * iy
        angb = angb + (0.03527813872540085) * (r2x * iy - r2y * ix)
        state = lj[4128 + g]
        limit = (lj[3744 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (2.2893406247158676)
        mass = lj[6048 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1824 + g]
        cl = angle - lj[2592 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2976 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = lb[16704 + g] != 0.0
        lj[1824 + g] = new if limit & act else old
        anga = anga - (0.05871559633027523) * impulse if limit else anga
        angb = angb + (0.03527813872540085) * impulse if limit else angb
        lb[288 + g] = cxa if act else lb[288 + g]
        lb[864 + g] = cya if act else lb[864 + g]
        lb[352 + g] = cxb if act else lb[352 + g]
        lb[928 + g] = cyb if act else lb[928 + g]
        lb[1440 + g] = anga if act else lb[1440 + g]
        lb[1504 + g] = angb if act else lb[1504 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10656] != 0.0:
        for g in range(n_lanes):
            lb[6624 + g], lb[6048 + g] = _own_sincos(lb[1440 + g])
            lb[6688 + g], lb[6112 + g] = _own_sincos(lb[1504 + g])
    else:
        _glibc_rotations(lb, 9, 11, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[6112 + g], lb[6688 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (-2.0961942262183917) - sa * (0.18536556036297194)
        r1y = sa * (-2.0961942262183917) + ca * (0.18536556036297194)
        r2x = cb * (-2.162191390759836) - sb * (-0.6165265219145436)
        r2y = sb * (-2.162191390759836) + cb * (-0.6165265219145436)
        k11 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[352 + g], lb[928 + g], lb[1504 + g]
        cxb, cyb, angb = lb[0 + g], lb[576 + g], lb[1152 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.09433962264150944) * ix
        cya = cya - (0.09433962264150944) * iy
        anga = anga - (0.03527813872540085) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.053569037096558185) * ix
        cyb = cyb + (0.053569037096558185) * iy
        angb = angb + (0.012598303677779489) * (r2x * iy - r2y * ix)
        state = lj[4000 + g]
        limit = (lj[3616 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-2.719359381718199)
        mass = lj[5920 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1696 + g]
        cl = angle - lj[2464 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2848 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = lb[16704 + g] != 0.0
        lj[1696 + g] = new if limit & act else old
        anga = anga - (0.03527813872540085) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[352 + g] = cxa if act else lb[352 + g]
        lb[928 + g] = cya if act else lb[928 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[576 + g] = cyb if act else lb[576 + g]
        lb[1504 + g] = anga if act else lb[1504 + g]
        lb[1152 + g] = angb if act else lb[1152 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10720] != 0.0:
        for g in range(n_lanes):
            lb[6688 + g], lb[6112 + g] = _own_sincos(lb[1504 + g])
            lb[6336 + g], lb[5760 + g] = _own_sincos(lb[1152 + g])
    else:
        _glibc_rotations(lb, 11, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5856 + g], lb[6432 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (1.5149934600879298) - sa * (0.10302974517488483)
        r1y = sa * (1.5149934600879298) + ca * (0.10302974517488483)
        r2x = cb * (-2.1617729534350554) - sb * (0.17997450596313957)
        r2y = sb * (-2.1617729534350554) + cb * (0.17997450596313957)
        k11 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[96 + g], lb[672 + g], lb[1248 + g]
        cxb, cyb, angb = lb[0 + g], lb[576 + g], lb[1152 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.09900990099009901) * ix
        cya = cya - (0.09900990099009901) * iy
        anga = anga - (0.04027180109757439) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.053569037096558185) * ix
        cyb = cyb + (0.053569037096558185) * iy
        angb = angb + (0.012598303677779489) * (r2x * iy - r2y * ix)
        state = lj[3968 + g]
        limit = (lj[3584 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (0.7258477508944043)
        mass = lj[5888 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1664 + g]
        cl = angle - lj[2432 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2816 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = lb[16704 + g] != 0.0
        lj[1664 + g] = new if limit & act else old
        anga = anga - (0.04027180109757439) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[96 + g] = cxa if act else lb[96 + g]
        lb[672 + g] = cya if act else lb[672 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[576 + g] = cyb if act else lb[576 + g]
        lb[1248 + g] = anga if act else lb[1248 + g]
        lb[1152 + g] = angb if act else lb[1152 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10464] != 0.0:
        for g in range(n_lanes):
            lb[6432 + g], lb[5856 + g] = _own_sincos(lb[1248 + g])
            lb[6336 + g], lb[5760 + g] = _own_sincos(lb[1152 + g])
    else:
        _glibc_rotations(lb, 3, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5888 + g], lb[6464 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (-1.06207890966549) - sa * (0.17409394631566927)
        r1y = sa * (-1.06207890966549) + ca * (0.17409394631566927)
        r2x = cb * (1.9283425691848988) - sb * (0.5346402981158307)
        r2y = sb * (1.9283425691848988) + cb * (0.5346402981158307)
        k11 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[128 + g], lb[704 + g], lb[1280 + g]
        cxb, cyb, angb = lb[0 + g], lb[576 + g], lb[1152 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.21621621621621623) * ix
        cya = cya - (0.21621621621621623) * iy
        anga = anga - (0.17010946366789667) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.053569037096558185) * ix
        cyb = cyb + (0.053569037096558185) * iy
        angb = angb + (0.012598303677779489) * (r2x * iy - r2y * ix)
        state = lj[3936 + g]
        limit = (lj[3552 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-2.09438311816829)
        mass = lj[5856 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1632 + g]
        cl = angle - lj[2400 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2784 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = lb[16704 + g] != 0.0
        lj[1632 + g] = new if limit & act else old
        anga = anga - (0.17010946366789667) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[128 + g] = cxa if act else lb[128 + g]
        lb[704 + g] = cya if act else lb[704 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[576 + g] = cyb if act else lb[576 + g]
        lb[1280 + g] = anga if act else lb[1280 + g]
        lb[1152 + g] = angb if act else lb[1152 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10496] != 0.0:
        for g in range(n_lanes):
            lb[6464 + g], lb[5888 + g] = _own_sincos(lb[1280 + g])
            lb[6336 + g], lb[5760 + g] = _own_sincos(lb[1152 + g])
    else:
        _glibc_rotations(lb, 4, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[6016 + g], lb[6592 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (1.2001841231501342) - sa * (0.014095940491621661)
        r1y = sa * (1.2001841231501342) + ca * (0.014095940491621661)
        r2x = cb * (2.0154692227269657) - sb * (-0.963716471396211)
        r2y = sb * (2.0154692227269657) + cb * (-0.963716471396211)
        k11 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[256 + g], lb[832 + g], lb[1408 + g]
        cxb, cyb, angb = lb[0 + g], lb[576 + g], lb[1152 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.17094017094017094) * ix
        cya = cya - (0.17094017094017094) * iy
        anga = anga - (0.1174846535671278) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.053569037096558185) * ix
        cyb = cyb + (0.053569037096558185) * iy
        angb = angb + (0.012598303677779489) * (r2x * iy - r2y * ix)
        state = lj[3904 + g]
        limit = (lj[3520 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-0.7853907065463961)
        mass = lj[5824 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1600 + g]
        cl = angle - lj[2368 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2752 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = lb[16704 + g] != 0.0
        lj[1600 + g] = new if limit & act else old
        anga = anga - (0.1174846535671278) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[256 + g] = cxa if act else lb[256 + g]
        lb[832 + g] = cya if act else lb[832 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[576 + g] = cyb if act else lb[576 + g]
        lb[1408 + g] = anga if act else lb[1408 + g]
        lb[1152 + g] = angb if act else lb[1152 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10624] != 0.0:
        for g in range(n_lanes):
            lb[6592 + g], lb[6016 + g] = _own_sincos(lb[1408 + g])
            lb[6336 + g], lb[5760 + g] = _own_sincos(lb[1152 + g])
    else:
        _glibc_rotations(lb, 8, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5792 + g], lb[6368 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (-0.22839485113389013) - sa * (1.1126087775923434)
        r1y = sa * (-0.22839485113389013) + ca * (1.1126087775923434)
        r2x = cb * (2.859519853416241) - sb * (0.1894010834667077)
        r2y = sb * (2.859519853416241) + cb * (0.1894010834667077)
        k11 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[32 + g], lb[608 + g], lb[1184 + g]
        cxb, cyb, angb = lb[0 + g], lb[576 + g], lb[1152 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.17551557700745943) * ix
        cya = cya - (0.17551557700745943) * iy
        anga = anga - (0.18086620215453098) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.053569037096558185) * ix
        cyb = cyb + (0.053569037096558185) * iy
        angb = angb + (0.012598303677779489) * (r2x * iy - r2y * ix)
        state = lj[3872 + g]
        limit = (lj[3488 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.308996406363529)
        mass = lj[5792 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1568 + g]
        cl = angle - lj[2336 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2720 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = lb[16704 + g] != 0.0
        lj[1568 + g] = new if limit & act else old
        anga = anga - (0.18086620215453098) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[32 + g] = cxa if act else lb[32 + g]
        lb[608 + g] = cya if act else lb[608 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[576 + g] = cyb if act else lb[576 + g]
        lb[1184 + g] = anga if act else lb[1184 + g]
        lb[1152 + g] = angb if act else lb[1152 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10400] != 0.0:
        for g in range(n_lanes):
            lb[6368 + g], lb[5792 + g] = _own_sincos(lb[1184 + g])
            lb[6336 + g], lb[5760 + g] = _own_sincos(lb[1152 + g])
    else:
        _glibc_rotations(lb, 1, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5984 + g], lb[6560 + g], lb[6016 + g], lb[6592 + g]
        r1x = ca * (1.786878910753607) - sa * (-0.0875161173956252)
        r1y = sa * (1.786878910753607) + ca * (-0.0875161173956252)
        r2x = cb * (-1.3780071636887363) - sb * (0.014064825719664498)
        r2y = sb * (-1.3780071636887363) + cb * (0.014064825719664498)
        k11 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1y * r1y + (0.1174846535671278) * r2y * r2y
        k12 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k21 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k22 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1x * r1x + (0.1174846535671278) * r2x * r2x
        cxa, cya, anga = lb[224 + g], lb[800 + g], lb[1376 + g]
        cxb, cyb, angb = lb[256 + g], lb[832 + g], lb[1408 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.16645859342488556) * ix
        cya = cya - (0.16645859342488556) * iy
        anga = anga - (0.09237008652479196) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.17094017094017094) * ix
        cyb = cyb + (0.17094017094017094) * iy
        angb = angb + (0.1174846535671278) * (r2x * iy - r2y * ix)
        state = lj[4064 + g]
        limit = (lj[3680 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (1.2968199012274688)
        mass = lj[5984 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1760 + g]
        cl = angle - lj[2528 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2912 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = lb[16704 + g] != 0.0
        lj[1760 + g] = new if limit & act else old
        anga = anga - (0.09237008652479196) * impulse if limit else anga
        angb = angb + (0.1174846535671278) * impulse if limit else angb
        lb[224 + g] = cxa if act else lb[224 + g]
        lb[800 + g] = cya if act else lb[800 + g]
        lb[256 + g] = cxb if act else lb[256 + g]
        lb[832 + g] = cyb if act else lb[832 + g]
        lb[1376 + g] = anga if act else lb[1376 + g]
        lb[1408 + g] = angb if act else lb[1408 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10592] != 0.0:
        for g in range(n_lanes):
            lb[6560 + g], lb[5984 + g] = _own_sincos(lb[1376 + g])
            lb[6592 + g], lb[6016 + g] = _own_sincos(lb[1408 + g])
    else:
        _glibc_rotations(lb, 7, 8, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5824 + g], lb[6400 + g], lb[5888 + g], lb[6464 + g]
        r1x = ca * (-1.2620587423023988) - sa * (0.15722668659641342)
        r1y = sa * (-1.2620587423023988) + ca * (0.15722668659641342)
        r2x = cb * (1.6027887369842992) - sb * (-0.14793204384539627)
        r2y = sb * (1.6027887369842992) + cb * (-0.14793204384539627)
        k11 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1y * r1y + (0.17010946366789667) * r2y * r2y
        k12 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k21 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k22 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1x * r1x + (0.17010946366789667) * r2x * r2x
        cxa, cya, anga = lb[64 + g], lb[640 + g], lb[1216 + g]
        cxb, cyb, angb = lb[128 + g], lb[704 + g], lb[1280 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.2597402597402597) * ix
        cya = cya - (0.2597402597402597) * iy
        anga = anga - (0.23156635340884965) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.21621621621621623) * ix
        cyb = cyb + (0.21621621621621623) * iy
        angb = angb + (0.17010946366789667) * (r2x * iy - r2y * ix)
        state = lj[4032 + g]
        limit = (lj[3648 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (2.09438311816829)
        mass = lj[5952 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1728 + g]
        cl = angle - lj[2496 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2880 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = lb[16704 + g] != 0.0
        lj[1728 + g] = new if limit & act else old
        anga = anga - (0.23156635340884965) * impulse if limit else anga
        angb = angb + (0.17010946366789667) * impulse if limit else angb
        lb[64 + g] = cxa if act else lb[64 + g]
        lb[640 + g] = cya if act else lb[640 + g]
        lb[128 + g] = cxb if act else lb[128 + g]
        lb[704 + g] = cyb if act else lb[704 + g]
        lb[1216 + g] = anga if act else lb[1216 + g]
        lb[1280 + g] = angb if act else lb[1280 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10432] != 0.0:
        for g in range(n_lanes):
            lb[6400 + g], lb[5824 + g] = _own_sincos(lb[1216 + g])
            lb[6464 + g], lb[5888 + g] = _own_sincos(lb[1280 + g])
    else:
        _glibc_rotations(lb, 2, 4, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5920 + g], lb[6496 + g], lb[5856 + g], lb[6432 + g]
        r1x = ca * (2.0031668711363886) - sa * (0.29778450493880393)
        r1y = sa * (2.0031668711363886) + ca * (0.29778450493880393)
        r2x = cb * (-2.039930985466258) - sb * (-0.06884320616201656)
        r2y = sb * (-2.039930985466258) + cb * (-0.06884320616201656)
        k11 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1y * r1y + (0.04027180109757439) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1x * r1x + (0.04027180109757439) * r2x * r2x
        cxa, cya, anga = lb[160 + g], lb[736 + g], lb[1312 + g]
        cxb, cyb, angb = lb[96 + g], lb[672 + g], lb[1248 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.13333333333333333) * ix
        cya = cya - (0.13333333333333333) * iy
        anga = anga - (0.05871559633027523) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.09900990099009901) * ix
        cyb = cyb + (0.09900990099009901) * iy
        angb = angb + (0.04027180109757439) * (r2x * iy - r2y * ix)
        state = lj[4096 + g]
        limit = (lj[3712 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-0.3953113764119829)
        mass = lj[6016 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1792 + g]
        cl = angle - lj[2560 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2944 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = lb[16704 + g] != 0.0
        lj[1792 + g] = new if limit & act else old
        anga = anga - (0.05871559633027523) * impulse if limit else anga
        angb = angb + (0.04027180109757439) * impulse if limit else angb
        lb[160 + g] = cxa if act else lb[160 + g]
        lb[736 + g] = cya if act else lb[736 + g]
        lb[96 + g] = cxb if act else lb[96 + g]
        lb[672 + g] = cyb if act else lb[672 + g]
        lb[1312 + g] = anga if act else lb[1312 + g]
        lb[1248 + g] = angb if act else lb[1248 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10528] != 0.0:
        for g in range(n_lanes):
            lb[6496 + g], lb[5920 + g] = _own_sincos(lb[1312 + g])
            lb[6432 + g], lb[5856 + g] = _own_sincos(lb[1248 + g])
    else:
        _glibc_rotations(lb, 5, 3, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5952 + g], lb[6528 + g], lb[5920 + g], lb[6496 + g]
        r1x = ca * (-0.6270934582479109) - sa * (-0.06637286435491148)
        r1y = sa * (-0.6270934582479109) + ca * (-0.06637286435491148)
        r2x = cb * (-2.425382538900126) - sb * (0.13895539751438638)
        r2y = sb * (-2.425382538900126) + cb * (0.13895539751438638)
        k11 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        cxa, cya, anga = lb[192 + g], lb[768 + g], lb[1344 + g]
        cxb, cyb, angb = lb[160 + g], lb[736 + g], lb[1312 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.09144947416552353) * ix
        cya = cya - (0.09144947416552353) * iy
        anga = anga - (0.1204272910821709) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.13333333333333333) * ix
        cyb = cyb + (0.13333333333333333) * iy
        angb = angb + (0.05871559633027523) * (r2x * iy - r2y * ix)
        state = lj[4160 + g]
        limit = (lj[3776 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.7244327585010226)
        mass = lj[6080 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1856 + g]
        cl = angle - lj[2624 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[3008 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = lb[16704 + g] != 0.0
        lj[1856 + g] = new if limit & act else old
        anga = anga - (0.1204272910821709) * impulse if limit else anga
        angb = angb + (0.05871559633027523) * impulse if limit else angb
        lb[192 + g] = cxa if act else lb[192 + g]
        lb[768 + g] = cya if act else lb[768 + g]
        lb[160 + g] = cxb if act else lb[160 + g]
        lb[736 + g] = cyb if act else lb[736 + g]
        lb[1344 + g] = anga if act else lb[1344 + g]
        lb[1312 + g] = angb if act else lb[1312 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10560] != 0.0:
        for g in range(n_lanes):
            lb[6528 + g], lb[5952 + g] = _own_sincos(lb[1344 + g])
            lb[6496 + g], lb[5920 + g] = _own_sincos(lb[1312 + g])
    else:
        _glibc_rotations(lb, 6, 5, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[6080 + g], lb[6656 + g], lb[6048 + g], lb[6624 + g]
        r1x = ca * (-0.7779783144804977) - sa * (-0.20811593451266924)
        r1y = sa * (-0.7779783144804977) + ca * (-0.20811593451266924)
        r2x = cb * (-2.2591139640195603) - sb * (0.08142886510219238)
        r2y = sb * (-2.2591139640195603) + cb * (0.08142886510219238)
        k11 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        cxa, cya, anga = lb[320 + g], lb[896 + g], lb[1472 + g]
        cxb, cyb, angb = lb[288 + g], lb[864 + g], lb[1440 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.08514261387824605) * ix
        cya = cya - (0.08514261387824605) * iy
        anga = anga - (0.10877949071482061) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.13333333333333333) * ix
        cyb = cyb + (0.13333333333333333) * iy
        angb = angb + (0.05871559633027523) * (r2x * iy - r2y * ix)
        state = lj[4192 + g]
        limit = (lj[3808 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.5708045825942758)
        mass = lj[6112 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1888 + g]
        cl = angle - lj[2656 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[3040 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = lb[16704 + g] != 0.0
        lj[1888 + g] = new if limit & act else old
        anga = anga - (0.10877949071482061) * impulse if limit else anga
        angb = angb + (0.05871559633027523) * impulse if limit else angb
        lb[320 + g] = cxa if act else lb[320 + g]
        lb[896 + g] = cya if act else lb[896 + g]
        lb[288 + g] = cxb if act else lb[288 + g]
        lb[864 + g] = cyb if act else lb[864 + g]
        lb[1472 + g] = anga if act else lb[1472 + g]
        lb[1440 + g] = angb if act else lb[1440 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10688] != 0.0:
        for g in range(n_lanes):
            lb[6656 + g], lb[6080 + g] = _own_sincos(lb[1472 + g])
            lb[6624 + g], lb[6048 + g] = _own_sincos(lb[1440 + g])
    else:
        _glibc_rotations(lb, 10, 9, n_lanes)


@njit(cache=True, _nrt=False, error_model='numpy')
def position_sweep_all(lb, lj, n_lanes):
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[6048 + g], lb[6624 + g], lb[6112 + g], lb[6688 + g]
        r1x = ca * (1.9464226250774301) - sa * (0.23026118775573867)
        r1y = sa * (1.9464226250774301) + ca * (0.23026118775573867)
        r2x = cb * (2.0958596632699917) - sb * (0.29461641905670727)
        r2y = sb * (2.0958596632699917) + cb * (0.29461641905670727)
        k11 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1y * r1y + (0.03527813872540085) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1x * r1x + (0.03527813872540085) * r2x * r2x
        cxa, cya, anga = lb[288 + g], lb[864 + g], lb[1440 + g]
        cxb, cyb, angb = lb[352 + g], lb[928 + g], lb[1504 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.13333333333333333) * ix
        cya = cya - (0.13333333333333333) * iy
        anga = anga - (0.05871559633027523) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.09433962264150944) * ix
        cyb = cyb + (0.09433962264150944) * iy
        angb = angb + (0.03527813872540085) * (r2x * iy - r2y * ix)
        state = lj[4128 + g]
        limit = (lj[3744 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (2.2893406247158676)
        mass = lj[6048 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1824 + g]
        cl = angle - lj[2592 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2976 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = True
        lj[1824 + g] = new if limit & act else old
        anga = anga - (0.05871559633027523) * impulse if limit else anga
        angb = angb + (0.03527813872540085) * impulse if limit else angb
        lb[288 + g] = cxa if act else lb[288 + g]
        lb[864 + g] = cya if act else lb[864 + g]
        lb[352 + g] = cxb if act else lb[352 + g]
        lb[928 + g] = cyb if act else lb[928 + g]
        lb[1440 + g] = anga if act else lb[1440 + g]
        lb[1504 + g] = angb if act else lb[1504 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10656] != 0.0:
        for g in range(n_lanes):
            lb[6624 + g], lb[6048 + g] = _own_sincos(lb[1440 + g])
            lb[6688 + g], lb[6112 + g] = _own_sincos(lb[1504 + g])
    else:
        _glibc_rotations(lb, 9, 11, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[6112 + g], lb[6688 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (-2.0961942262183917) - sa * (0.18536556036297194)
        r1y = sa * (-2.0961942262183917) + ca * (0.18536556036297194)
        r2x = cb * (-2.162191390759836) - sb * (-0.6165265219145436)
        r2y = sb * (-2.162191390759836) + cb * (-0.6165265219145436)
        k11 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[352 + g], lb[928 + g], lb[1504 + g]
        cxb, cyb, angb = lb[0 + g], lb[576 + g], lb[1152 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.09433962264150944) * ix
        cya = cya - (0.09433962264150944) * iy
        anga = anga - (0.03527813872540085) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.053569037096558185) * ix
        cyb = cyb + (0.053569037096558185) * iy
        angb = angb + (0.012598303677779489) * (r2x * iy - r2y * ix)
        state = lj[4000 + g]
        limit = (lj[3616 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-2.719359381718199)
        mass = lj[5920 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1696 + g]
        cl = angle - lj[2464 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2848 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = True
        lj[1696 + g] = new if limit & act else old
        anga = anga - (0.03527813872540085) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[352 + g] = cxa if act else lb[352 + g]
        lb[928 + g] = cya if act else lb[928 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[576 + g] = cyb if act else lb[576 + g]
        lb[1504 + g] = anga if act else lb[1504 + g]
        lb[1152 + g] = angb if act else lb[1152 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10720] != 0.0:
        for g in range(n_lanes):
            lb[6688 + g], lb[6112 + g] = _own_sincos(lb[1504 + g])
            lb[6336 + g], lb[5760 + g] = _own_sincos(lb[1152 + g])
    else:
        _glibc_rotations(lb, 11, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5856 + g], lb[6432 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (1.5149934600879298) - sa * (0.10302974517488483)
        r1y = sa * (1.5149934600879298) + ca * (0.10302974517488483)
        r2x = cb * (-2.1617729534350554) - sb * (0.17997450596313957)
        r2y = sb * (-2.1617729534350554) + cb * (0.17997450596313957)
        k11 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[96 + g], lb[672 + g], lb[1248 + g]
        cxb, cyb, angb = lb[0 + g], lb[576 + g], lb[1152 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.09900990099009901) * ix
        cya = cya - (0.09900990099009901) * iy
        anga = anga - (0.04027180109757439) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.053569037096558185) * ix
        cyb = cyb + (0.053569037096558185) * iy
        angb = angb + (0.012598303677779489) * (r2x * iy - r2y * ix)
        state = lj[3968 + g]
        limit = (lj[3584 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (0.7258477508944043)
        mass = lj[5888 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1664 + g]
        cl = angle - lj[2432 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2816 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = True
        lj[1664 + g] = new if limit & act else old
        anga = anga - (0.04027180109757439) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[96 + g] = cxa if act else lb[96 + g]
        lb[672 + g] = cya if act else lb[672 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[576 + g] = cyb if act else lb[576 + g]
        lb[1248 + g] = anga if act else lb[1248 + g]
        lb[1152 + g] = angb if act else lb[1152 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10464] != 0.0:
        for g in range(n_lanes):
            lb[6432 + g], lb[5856 + g] = _own_sincos(lb[1248 + g])
            lb[6336 + g], lb[5760 + g] = _own_sincos(lb[1152 + g])
    else:
        _glibc_rotations(lb, 3, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5888 + g], lb[6464 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (-1.06207890966549) - sa * (0.17409394631566927)
        r1y = sa * (-1.06207890966549) + ca * (0.17409394631566927)
        r2x = cb * (1.9283425691848988) - sb * (0.5346402981158307)
        r2y = sb * (1.9283425691848988) + cb * (0.5346402981158307)
        k11 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[128 + g], lb[704 + g], lb[1280 + g]
        cxb, cyb, angb = lb[0 + g], lb[576 + g], lb[1152 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.21621621621621623) * ix
        cya = cya - (0.21621621621621623) * iy
        anga = anga - (0.17010946366789667) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.053569037096558185) * ix
        cyb = cyb + (0.053569037096558185) * iy
        angb = angb + (0.012598303677779489) * (r2x * iy - r2y * ix)
        state = lj[3936 + g]
        limit = (lj[3552 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-2.09438311816829)
        mass = lj[5856 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1632 + g]
        cl = angle - lj[2400 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2784 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = True
        lj[1632 + g] = new if limit & act else old
        anga = anga - (0.17010946366789667) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[128 + g] = cxa if act else lb[128 + g]
        lb[704 + g] = cya if act else lb[704 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[576 + g] = cyb if act else lb[576 + g]
        lb[1280 + g] = anga if act else lb[1280 + g]
        lb[1152 + g] = angb if act else lb[1152 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10496] != 0.0:
        for g in range(n_lanes):
            lb[6464 + g], lb[5888 + g] = _own_sincos(lb[1280 + g])
            lb[6336 + g], lb[5760 + g] = _own_sincos(lb[1152 + g])
    else:
        _glibc_rotations(lb, 4, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[6016 + g], lb[6592 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (1.2001841231501342) - sa * (0.014095940491621661)
        r1y = sa * (1.2001841231501342) + ca * (0.014095940491621661)
        r2x = cb * (2.0154692227269657) - sb * (-0.963716471396211)
        r2y = sb * (2.0154692227269657) + cb * (-0.963716471396211)
        k11 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[256 + g], lb[832 + g], lb[1408 + g]
        cxb, cyb, angb = lb[0 + g], lb[576 + g], lb[1152 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.17094017094017094) * ix
        cya = cya - (0.17094017094017094) * iy
        anga = anga - (0.1174846535671278) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.053569037096558185) * ix
        cyb = cyb + (0.053569037096558185) * iy
        angb = angb + (0.012598303677779489) * (r2x * iy - r2y * ix)
        state = lj[3904 + g]
        limit = (lj[3520 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-0.7853907065463961)
        mass = lj[5824 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1600 + g]
        cl = angle - lj[2368 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2752 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = True
        lj[1600 + g] = new if limit & act else old
        anga = anga - (0.1174846535671278) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[256 + g] = cxa if act else lb[256 + g]
        lb[832 + g] = cya if act else lb[832 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[576 + g] = cyb if act else lb[576 + g]
        lb[1408 + g] = anga if act else lb[1408 + g]
        lb[1152 + g] = angb if act else lb[1152 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10624] != 0.0:
        for g in range(n_lanes):
            lb[6592 + g], lb[6016 + g] = _own_sincos(lb[1408 + g])
            lb[6336 + g], lb[5760 + g] = _own_sincos(lb[1152 + g])
    else:
        _glibc_rotations(lb, 8, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5792 + g], lb[6368 + g], lb[5760 + g], lb[6336 + g]
        r1x = ca * (-0.22839485113389013) - sa * (1.1126087775923434)
        r1y = sa * (-0.22839485113389013) + ca * (1.1126087775923434)
        r2x = cb * (2.859519853416241) - sb * (0.1894010834667077)
        r2y = sb * (2.859519853416241) + cb * (0.1894010834667077)
        k11 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[32 + g], lb[608 + g], lb[1184 + g]
        cxb, cyb, angb = lb[0 + g], lb[576 + g], lb[1152 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.17551557700745943) * ix
        cya = cya - (0.17551557700745943) * iy
        anga = anga - (0.18086620215453098) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.053569037096558185) * ix
        cyb = cyb + (0.053569037096558185) * iy
        angb = angb + (0.012598303677779489) * (r2x * iy - r2y * ix)
        state = lj[3872 + g]
        limit = (lj[3488 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.308996406363529)
        mass = lj[5792 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1568 + g]
        cl = angle - lj[2336 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2720 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = True
        lj[1568 + g] = new if limit & act else old
        anga = anga - (0.18086620215453098) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[32 + g] = cxa if act else lb[32 + g]
        lb[608 + g] = cya if act else lb[608 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[576 + g] = cyb if act else lb[576 + g]
        lb[1184 + g] = anga if act else lb[1184 + g]
        lb[1152 + g] = angb if act else lb[1152 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10400] != 0.0:
        for g in range(n_lanes):
            lb[6368 + g], lb[5792 + g] = _own_sincos(lb[1184 + g])
            lb[6336 + g], lb[5760 + g] = _own_sincos(lb[1152 + g])
    else:
        _glibc_rotations(lb, 1, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5984 + g], lb[6560 + g], lb[6016 + g], lb[6592 + g]
        r1x = ca * (1.786878910753607) - sa * (-0.0875161173956252)
        r1y = sa * (1.786878910753607) + ca * (-0.0875161173956252)
        r2x = cb * (-1.3780071636887363) - sb * (0.014064825719664498)
        r2y = sb * (-1.3780071636887363) + cb * (0.014064825719664498)
        k11 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1y * r1y + (0.1174846535671278) * r2y * r2y
        k12 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k21 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k22 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1x * r1x + (0.1174846535671278) * r2x * r2x
        cxa, cya, anga = lb[224 + g], lb[800 + g], lb[1376 + g]
        cxb, cyb, angb = lb[256 + g], lb[832 + g], lb[1408 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.16645859342488556) * ix
        cya = cya - (0.16645859342488556) * iy
        anga = anga - (0.09237008652479196) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.17094017094017094) * ix
        cyb = cyb + (0.17094017094017094) * iy
        angb = angb + (0.1174846535671278) * (r2x * iy - r2y * ix)
        state = lj[4064 + g]
        limit = (lj[3680 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (1.2968199012274688)
        mass = lj[5984 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1760 + g]
        cl = angle - lj[2528 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2912 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = True
        lj[1760 + g] = new if limit & act else old
        anga = anga - (0.09237008652479196) * impulse if limit else anga
        angb = angb + (0.1174846535671278) * impulse if limit else angb
        lb[224 + g] = cxa if act else lb[224 + g]
        lb[800 + g] = cya if act else lb[800 + g]
        lb[256 + g] = cxb if act else lb[256 + g]
        lb[832 + g] = cyb if act else lb[832 + g]
        lb[1376 + g] = anga if act else lb[1376 + g]
        lb[1408 + g] = angb if act else lb[1408 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10592] != 0.0:
        for g in range(n_lanes):
            lb[6560 + g], lb[5984 + g] = _own_sincos(lb[1376 + g])
            lb[6592 + g], lb[6016 + g] = _own_sincos(lb[1408 + g])
    else:
        _glibc_rotations(lb, 7, 8, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5824 + g], lb[6400 + g], lb[5888 + g], lb[6464 + g]
        r1x = ca * (-1.2620587423023988) - sa * (0.15722668659641342)
        r1y = sa * (-1.2620587423023988) + ca * (0.15722668659641342)
        r2x = cb * (1.6027887369842992) - sb * (-0.14793204384539627)
        r2y = sb * (1.6027887369842992) + cb * (-0.14793204384539627)
        k11 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1y * r1y + (0.17010946366789667) * r2y * r2y
        k12 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k21 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k22 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1x * r1x + (0.17010946366789667) * r2x * r2x
        cxa, cya, anga = lb[64 + g], lb[640 + g], lb[1216 + g]
        cxb, cyb, angb = lb[128 + g], lb[704 + g], lb[1280 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.2597402597402597) * ix
        cya = cya - (0.2597402597402597) * iy
        anga = anga - (0.23156635340884965) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.21621621621621623) * ix
        cyb = cyb + (0.21621621621621623) * iy
        angb = angb + (0.17010946366789667) * (r2x * iy - r2y * ix)
        state = lj[4032 + g]
        limit = (lj[3648 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (2.09438311816829)
        mass = lj[5952 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1728 + g]
        cl = angle - lj[2496 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2880 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = True
        lj[1728 + g] = new if limit & act else old
        anga = anga - (0.23156635340884965) * impulse if limit else anga
        angb = angb + (0.17010946366789667) * impulse if limit else angb
        lb[64 + g] = cxa if act else lb[64 + g]
        lb[640 + g] = cya if act else lb[640 + g]
        lb[128 + g] = cxb if act else lb[128 + g]
        lb[704 + g] = cyb if act else lb[704 + g]
        lb[1216 + g] = anga if act else lb[1216 + g]
        lb[1280 + g] = angb if act else lb[1280 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10432] != 0.0:
        for g in range(n_lanes):
            lb[6400 + g], lb[5824 + g] = _own_sincos(lb[1216 + g])
            lb[6464 + g], lb[5888 + g] = _own_sincos(lb[1280 + g])
    else:
        _glibc_rotations(lb, 2, 4, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5920 + g], lb[6496 + g], lb[5856 + g], lb[6432 + g]
        r1x = ca * (2.0031668711363886) - sa * (0.29778450493880393)
        r1y = sa * (2.0031668711363886) + ca * (0.29778450493880393)
        r2x = cb * (-2.039930985466258) - sb * (-0.06884320616201656)
        r2y = sb * (-2.039930985466258) + cb * (-0.06884320616201656)
        k11 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1y * r1y + (0.04027180109757439) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1x * r1x + (0.04027180109757439) * r2x * r2x
        cxa, cya, anga = lb[160 + g], lb[736 + g], lb[1312 + g]
        cxb, cyb, angb = lb[96 + g], lb[672 + g], lb[1248 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.13333333333333333) * ix
        cya = cya - (0.13333333333333333) * iy
        anga = anga - (0.05871559633027523) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.09900990099009901) * ix
        cyb = cyb + (0.09900990099009901) * iy
        angb = angb + (0.04027180109757439) * (r2x * iy - r2y * ix)
        state = lj[4096 + g]
        limit = (lj[3712 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-0.3953113764119829)
        mass = lj[6016 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1792 + g]
        cl = angle - lj[2560 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[2944 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = True
        lj[1792 + g] = new if limit & act else old
        anga = anga - (0.05871559633027523) * impulse if limit else anga
        angb = angb + (0.04027180109757439) * impulse if limit else angb
        lb[160 + g] = cxa if act else lb[160 + g]
        lb[736 + g] = cya if act else lb[736 + g]
        lb[96 + g] = cxb if act else lb[96 + g]
        lb[672 + g] = cyb if act else lb[672 + g]
        lb[1312 + g] = anga if act else lb[1312 + g]
        lb[1248 + g] = angb if act else lb[1248 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10528] != 0.0:
        for g in range(n_lanes):
            lb[6496 + g], lb[5920 + g] = _own_sincos(lb[1312 + g])
            lb[6432 + g], lb[5856 + g] = _own_sincos(lb[1248 + g])
    else:
        _glibc_rotations(lb, 5, 3, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[5952 + g], lb[6528 + g], lb[5920 + g], lb[6496 + g]
        r1x = ca * (-0.6270934582479109) - sa * (-0.06637286435491148)
        r1y = sa * (-0.6270934582479109) + ca * (-0.06637286435491148)
        r2x = cb * (-2.425382538900126) - sb * (0.13895539751438638)
        r2y = sb * (-2.425382538900126) + cb * (0.13895539751438638)
        k11 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        cxa, cya, anga = lb[192 + g], lb[768 + g], lb[1344 + g]
        cxb, cyb, angb = lb[160 + g], lb[736 + g], lb[1312 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.09144947416552353) * ix
        cya = cya - (0.09144947416552353) * iy
        anga = anga - (0.1204272910821709) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.13333333333333333) * ix
        cyb = cyb + (0.13333333333333333) * iy
        angb = angb + (0.05871559633027523) * (r2x * iy - r2y * ix)
        state = lj[4160 + g]
        limit = (lj[3776 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.7244327585010226)
        mass = lj[6080 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1856 + g]
        cl = angle - lj[2624 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[3008 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = True
        lj[1856 + g] = new if limit & act else old
        anga = anga - (0.1204272910821709) * impulse if limit else anga
        angb = angb + (0.05871559633027523) * impulse if limit else angb
        lb[192 + g] = cxa if act else lb[192 + g]
        lb[768 + g] = cya if act else lb[768 + g]
        lb[160 + g] = cxb if act else lb[160 + g]
        lb[736 + g] = cyb if act else lb[736 + g]
        lb[1344 + g] = anga if act else lb[1344 + g]
        lb[1312 + g] = angb if act else lb[1312 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10560] != 0.0:
        for g in range(n_lanes):
            lb[6528 + g], lb[5952 + g] = _own_sincos(lb[1344 + g])
            lb[6496 + g], lb[5920 + g] = _own_sincos(lb[1312 + g])
    else:
        _glibc_rotations(lb, 6, 5, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[6080 + g], lb[6656 + g], lb[6048 + g], lb[6624 + g]
        r1x = ca * (-0.7779783144804977) - sa * (-0.20811593451266924)
        r1y = sa * (-0.7779783144804977) + ca * (-0.20811593451266924)
        r2x = cb * (-2.2591139640195603) - sb * (0.08142886510219238)
        r2y = sb * (-2.2591139640195603) + cb * (0.08142886510219238)
        k11 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        cxa, cya, anga = lb[320 + g], lb[896 + g], lb[1472 + g]
        cxb, cyb, angb = lb[288 + g], lb[864 + g], lb[1440 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
        position_error = math.sqrt(ex * ex + ey * ey)
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        bx, by = -ex, -ey
        ix = det * (k22 * bx - k12 * by)
        iy = det * (k11 * by - k21 * bx)
        cxa = cxa - (0.08514261387824605) * ix
        cya = cya - (0.08514261387824605) * iy
        anga = anga - (0.10877949071482061) * (r1x * iy - r1y * ix)
        cxb = cxb + (0.13333333333333333) * ix
        cyb = cyb + (0.13333333333333333) * iy
        angb = angb + (0.05871559633027523) * (r2x * iy - r2y * ix)
        state = lj[4192 + g]
        limit = (lj[3808 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.5708045825942758)
        mass = lj[6112 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[1888 + g]
        cl = angle - lj[2656 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[3040 + g]
        eu = 0.0 if 0.0 > cu else cu
        cu = cu - 0.03490658503988659
        cu = cu if cu < maxc else maxc
        cu = 0.0 if 0.0 > cu else cu
        nu = old + -mass * cu
        nu = nu if nu < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = old if equal else (nl if at_low else nu)
        impulse = ie if equal else (new - old)
        angular_error = (ee if equal else (el if at_low else eu)) if limit else 0.0
        act = True
        lj[1888 + g] = new if limit & act else old
        anga = anga - (0.10877949071482061) * impulse if limit else anga
        angb = angb + (0.05871559633027523) * impulse if limit else angb
        lb[320 + g] = cxa if act else lb[320 + g]
        lb[896 + g] = cya if act else lb[896 + g]
        lb[288 + g] = cxb if act else lb[288 + g]
        lb[864 + g] = cyb if act else lb[864 + g]
        lb[1472 + g] = anga if act else lb[1472 + g]
        lb[1440 + g] = angb if act else lb[1440 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[17280 + g] = 1.0 if ok & (lb[17280 + g] != 0.0) else 0.0
    if lb[10688] != 0.0:
        for g in range(n_lanes):
            lb[6656 + g], lb[6080 + g] = _own_sincos(lb[1472 + g])
            lb[6624 + g], lb[6048 + g] = _own_sincos(lb[1440 + g])
    else:
        _glibc_rotations(lb, 10, 9, n_lanes)


@njit(cache=True, _nrt=False, error_model='numpy')
def begin_sweep(lb, n_lanes):
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        lb[1728 + g] = (lb[1728 + g] + 0.04 * (0.0 + (0.053569037096558185) * lb[3456 + g])) if act else lb[1728 + g]
        lb[2304 + g] = (lb[2304 + g] + 0.04 * (10.0 + (0.053569037096558185) * lb[4032 + g])) if act else lb[2304 + g]
        lb[2880 + g] = (lb[2880 + g] + 0.04 * (0.012598303677779489) * lb[4608 + g]) if act else lb[2880 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        lb[1760 + g] = (lb[1760 + g] + 0.04 * (0.0 + (0.17551557700745943) * lb[3488 + g])) if act else lb[1760 + g]
        lb[2336 + g] = (lb[2336 + g] + 0.04 * (10.0 + (0.17551557700745943) * lb[4064 + g])) if act else lb[2336 + g]
        lb[2912 + g] = (lb[2912 + g] + 0.04 * (0.18086620215453098) * lb[4640 + g]) if act else lb[2912 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        lb[1792 + g] = (lb[1792 + g] + 0.04 * (0.0 + (0.2597402597402597) * lb[3520 + g])) if act else lb[1792 + g]
        lb[2368 + g] = (lb[2368 + g] + 0.04 * (10.0 + (0.2597402597402597) * lb[4096 + g])) if act else lb[2368 + g]
        lb[2944 + g] = (lb[2944 + g] + 0.04 * (0.23156635340884965) * lb[4672 + g]) if act else lb[2944 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        lb[1824 + g] = (lb[1824 + g] + 0.04 * (0.0 + (0.09900990099009901) * lb[3552 + g])) if act else lb[1824 + g]
        lb[2400 + g] = (lb[2400 + g] + 0.04 * (10.0 + (0.09900990099009901) * lb[4128 + g])) if act else lb[2400 + g]
        lb[2976 + g] = (lb[2976 + g] + 0.04 * (0.04027180109757439) * lb[4704 + g]) if act else lb[2976 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        lb[1856 + g] = (lb[1856 + g] + 0.04 * (0.0 + (0.21621621621621623) * lb[3584 + g])) if act else lb[1856 + g]
        lb[2432 + g] = (lb[2432 + g] + 0.04 * (10.0 + (0.21621621621621623) * lb[4160 + g])) if act else lb[2432 + g]
        lb[3008 + g] = (lb[3008 + g] + 0.04 * (0.17010946366789667) * lb[4736 + g]) if act else lb[3008 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        lb[1888 + g] = (lb[1888 + g] + 0.04 * (0.0 + (0.13333333333333333) * lb[3616 + g])) if act else lb[1888 + g]
        lb[2464 + g] = (lb[2464 + g] + 0.04 * (10.0 + (0.13333333333333333) * lb[4192 + g])) if act else lb[2464 + g]
        lb[3040 + g] = (lb[3040 + g] + 0.04 * (0.05871559633027523) * lb[4768 + g]) if act else lb[3040 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        lb[1920 + g] = (lb[1920 + g] + 0.04 * (0.0 + (0.09144947416552353) * lb[3648 + g])) if act else lb[1920 + g]
        lb[2496 + g] = (lb[2496 + g] + 0.04 * (10.0 + (0.09144947416552353) * lb[4224 + g])) if act else lb[2496 + g]
        lb[3072 + g] = (lb[3072 + g] + 0.04 * (0.1204272910821709) * lb[4800 + g]) if act else lb[3072 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        lb[1952 + g] = (lb[1952 + g] + 0.04 * (0.0 + (0.16645859342488556) * lb[3680 + g])) if act else lb[1952 + g]
        lb[2528 + g] = (lb[2528 + g] + 0.04 * (10.0 + (0.16645859342488556) * lb[4256 + g])) if act else lb[2528 + g]
        lb[3104 + g] = (lb[3104 + g] + 0.04 * (0.09237008652479196) * lb[4832 + g]) if act else lb[3104 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        lb[1984 + g] = (lb[1984 + g] + 0.04 * (0.0 + (0.17094017094017094) * lb[3712 + g])) if act else lb[1984 + g]
        lb[2560 + g] = (lb[2560 + g] + 0.04 * (10.0 + (0.17094017094017094) * lb[4288 + g])) if act else lb[2560 + g]
        lb[3136 + g] = (lb[3136 + g] + 0.04 * (0.1174846535671278) * lb[4864 + g]) if act else lb[3136 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        lb[2016 + g] = (lb[2016 + g] + 0.04 * (0.0 + (0.13333333333333333) * lb[3744 + g])) if act else lb[2016 + g]
        lb[2592 + g] = (lb[2592 + g] + 0.04 * (10.0 + (0.13333333333333333) * lb[4320 + g])) if act else lb[2592 + g]
        lb[3168 + g] = (lb[3168 + g] + 0.04 * (0.05871559633027523) * lb[4896 + g]) if act else lb[3168 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        lb[2048 + g] = (lb[2048 + g] + 0.04 * (0.0 + (0.08514261387824605) * lb[3776 + g])) if act else lb[2048 + g]
        lb[2624 + g] = (lb[2624 + g] + 0.04 * (10.0 + (0.08514261387824605) * lb[4352 + g])) if act else lb[2624 + g]
        lb[3200 + g] = (lb[3200 + g] + 0.04 * (0.10877949071482061) * lb[4928 + g]) if act else lb[3200 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        lb[2080 + g] = (lb[2080 + g] + 0.04 * (0.0 + (0.09433962264150944) * lb[3808 + g])) if act else lb[2080 + g]
        lb[2656 + g] = (lb[2656 + g] + 0.04 * (10.0 + (0.09433962264150944) * lb[4384 + g])) if act else lb[2656 + g]
        lb[3232 + g] = (lb[3232 + g] + 0.04 * (0.03527813872540085) * lb[4960 + g]) if act else lb[3232 + g]


@njit(cache=True, _nrt=False, error_model='numpy')
def integrate_sweep(lb, n_lanes):
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        vx, vy, w = lb[1728 + g], lb[2304 + g], lb[2880 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[1728 + g] = (vx) if act else lb[1728 + g]
        lb[2304 + g] = (vy) if act else lb[2304 + g]
        lb[2880 + g] = (w) if act else lb[2880 + g]
        lb[6912 + g] = (lb[0 + g]) if act else lb[6912 + g]
        lb[7488 + g] = (lb[576 + g]) if act else lb[7488 + g]
        lb[8064 + g] = (lb[1152 + g]) if act else lb[8064 + g]
        lb[9216 + g] = (lb[5760 + g]) if act else lb[9216 + g]
        lb[9792 + g] = (lb[6336 + g]) if act else lb[9792 + g]
        lb[0 + g] = (lb[0 + g] + 0.04 * vx) if act else lb[0 + g]
        lb[576 + g] = (lb[576 + g] + 0.04 * vy) if act else lb[576 + g]
        lb[1152 + g] = (lb[1152 + g] + 0.04 * w) if act else lb[1152 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        vx, vy, w = lb[1760 + g], lb[2336 + g], lb[2912 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[1760 + g] = (vx) if act else lb[1760 + g]
        lb[2336 + g] = (vy) if act else lb[2336 + g]
        lb[2912 + g] = (w) if act else lb[2912 + g]
        lb[6944 + g] = (lb[32 + g]) if act else lb[6944 + g]
        lb[7520 + g] = (lb[608 + g]) if act else lb[7520 + g]
        lb[8096 + g] = (lb[1184 + g]) if act else lb[8096 + g]
        lb[9248 + g] = (lb[5792 + g]) if act else lb[9248 + g]
        lb[9824 + g] = (lb[6368 + g]) if act else lb[9824 + g]
        lb[32 + g] = (lb[32 + g] + 0.04 * vx) if act else lb[32 + g]
        lb[608 + g] = (lb[608 + g] + 0.04 * vy) if act else lb[608 + g]
        lb[1184 + g] = (lb[1184 + g] + 0.04 * w) if act else lb[1184 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        vx, vy, w = lb[1792 + g], lb[2368 + g], lb[2944 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[1792 + g] = (vx) if act else lb[1792 + g]
        lb[2368 + g] = (vy) if act else lb[2368 + g]
        lb[2944 + g] = (w) if act else lb[2944 + g]
        lb[6976 + g] = (lb[64 + g]) if act else lb[6976 + g]
        lb[7552 + g] = (lb[640 + g]) if act else lb[7552 + g]
        lb[8128 + g] = (lb[1216 + g]) if act else lb[8128 + g]
        lb[9280 + g] = (lb[5824 + g]) if act else lb[9280 + g]
        lb[9856 + g] = (lb[6400 + g]) if act else lb[9856 + g]
        lb[64 + g] = (lb[64 + g] + 0.04 * vx) if act else lb[64 + g]
        lb[640 + g] = (lb[640 + g] + 0.04 * vy) if act else lb[640 + g]
        lb[1216 + g] = (lb[1216 + g] + 0.04 * w) if act else lb[1216 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        vx, vy, w = lb[1824 + g], lb[2400 + g], lb[2976 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[1824 + g] = (vx) if act else lb[1824 + g]
        lb[2400 + g] = (vy) if act else lb[2400 + g]
        lb[2976 + g] = (w) if act else lb[2976 + g]
        lb[7008 + g] = (lb[96 + g]) if act else lb[7008 + g]
        lb[7584 + g] = (lb[672 + g]) if act else lb[7584 + g]
        lb[8160 + g] = (lb[1248 + g]) if act else lb[8160 + g]
        lb[9312 + g] = (lb[5856 + g]) if act else lb[9312 + g]
        lb[9888 + g] = (lb[6432 + g]) if act else lb[9888 + g]
        lb[96 + g] = (lb[96 + g] + 0.04 * vx) if act else lb[96 + g]
        lb[672 + g] = (lb[672 + g] + 0.04 * vy) if act else lb[672 + g]
        lb[1248 + g] = (lb[1248 + g] + 0.04 * w) if act else lb[1248 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        vx, vy, w = lb[1856 + g], lb[2432 + g], lb[3008 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[1856 + g] = (vx) if act else lb[1856 + g]
        lb[2432 + g] = (vy) if act else lb[2432 + g]
        lb[3008 + g] = (w) if act else lb[3008 + g]
        lb[7040 + g] = (lb[128 + g]) if act else lb[7040 + g]
        lb[7616 + g] = (lb[704 + g]) if act else lb[7616 + g]
        lb[8192 + g] = (lb[1280 + g]) if act else lb[8192 + g]
        lb[9344 + g] = (lb[5888 + g]) if act else lb[9344 + g]
        lb[9920 + g] = (lb[6464 + g]) if act else lb[9920 + g]
        lb[128 + g] = (lb[128 + g] + 0.04 * vx) if act else lb[128 + g]
        lb[704 + g] = (lb[704 + g] + 0.04 * vy) if act else lb[704 + g]
        lb[1280 + g] = (lb[1280 + g] + 0.04 * w) if act else lb[1280 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        vx, vy, w = lb[1888 + g], lb[2464 + g], lb[3040 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[1888 + g] = (vx) if act else lb[1888 + g]
        lb[2464 + g] = (vy) if act else lb[2464 + g]
        lb[3040 + g] = (w) if act else lb[3040 + g]
        lb[7072 + g] = (lb[160 + g]) if act else lb[7072 + g]
        lb[7648 + g] = (lb[736 + g]) if act else lb[7648 + g]
        lb[8224 + g] = (lb[1312 + g]) if act else lb[8224 + g]
        lb[9376 + g] = (lb[5920 + g]) if act else lb[9376 + g]
        lb[9952 + g] = (lb[6496 + g]) if act else lb[9952 + g]
        lb[160 + g] = (lb[160 + g] + 0.04 * vx) if act else lb[160 + g]
        lb[736 + g] = (lb[736 + g] + 0.04 * vy) if act else lb[736 + g]
        lb[1312 + g] = (lb[1312 + g] + 0.04 * w) if act else lb[1312 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        vx, vy, w = lb[1920 + g], lb[2496 + g], lb[3072 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[1920 + g] = (vx) if act else lb[1920 + g]
        lb[2496 + g] = (vy) if act else lb[2496 + g]
        lb[3072 + g] = (w) if act else lb[3072 + g]
        lb[7104 + g] = (lb[192 + g]) if act else lb[7104 + g]
        lb[7680 + g] = (lb[768 + g]) if act else lb[7680 + g]
        lb[8256 + g] = (lb[1344 + g]) if act else lb[8256 + g]
        lb[9408 + g] = (lb[5952 + g]) if act else lb[9408 + g]
        lb[9984 + g] = (lb[6528 + g]) if act else lb[9984 + g]
        lb[192 + g] = (lb[192 + g] + 0.04 * vx) if act else lb[192 + g]
        lb[768 + g] = (lb[768 + g] + 0.04 * vy) if act else lb[768 + g]
        lb[1344 + g] = (lb[1344 + g] + 0.04 * w) if act else lb[1344 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        vx, vy, w = lb[1952 + g], lb[2528 + g], lb[3104 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[1952 + g] = (vx) if act else lb[1952 + g]
        lb[2528 + g] = (vy) if act else lb[2528 + g]
        lb[3104 + g] = (w) if act else lb[3104 + g]
        lb[7136 + g] = (lb[224 + g]) if act else lb[7136 + g]
        lb[7712 + g] = (lb[800 + g]) if act else lb[7712 + g]
        lb[8288 + g] = (lb[1376 + g]) if act else lb[8288 + g]
        lb[9440 + g] = (lb[5984 + g]) if act else lb[9440 + g]
        lb[10016 + g] = (lb[6560 + g]) if act else lb[10016 + g]
        lb[224 + g] = (lb[224 + g] + 0.04 * vx) if act else lb[224 + g]
        lb[800 + g] = (lb[800 + g] + 0.04 * vy) if act else lb[800 + g]
        lb[1376 + g] = (lb[1376 + g] + 0.04 * w) if act else lb[1376 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        vx, vy, w = lb[1984 + g], lb[2560 + g], lb[3136 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[1984 + g] = (vx) if act else lb[1984 + g]
        lb[2560 + g] = (vy) if act else lb[2560 + g]
        lb[3136 + g] = (w) if act else lb[3136 + g]
        lb[7168 + g] = (lb[256 + g]) if act else lb[7168 + g]
        lb[7744 + g] = (lb[832 + g]) if act else lb[7744 + g]
        lb[8320 + g] = (lb[1408 + g]) if act else lb[8320 + g]
        lb[9472 + g] = (lb[6016 + g]) if act else lb[9472 + g]
        lb[10048 + g] = (lb[6592 + g]) if act else lb[10048 + g]
        lb[256 + g] = (lb[256 + g] + 0.04 * vx) if act else lb[256 + g]
        lb[832 + g] = (lb[832 + g] + 0.04 * vy) if act else lb[832 + g]
        lb[1408 + g] = (lb[1408 + g] + 0.04 * w) if act else lb[1408 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        vx, vy, w = lb[2016 + g], lb[2592 + g], lb[3168 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[2016 + g] = (vx) if act else lb[2016 + g]
        lb[2592 + g] = (vy) if act else lb[2592 + g]
        lb[3168 + g] = (w) if act else lb[3168 + g]
        lb[7200 + g] = (lb[288 + g]) if act else lb[7200 + g]
        lb[7776 + g] = (lb[864 + g]) if act else lb[7776 + g]
        lb[8352 + g] = (lb[1440 + g]) if act else lb[8352 + g]
        lb[9504 + g] = (lb[6048 + g]) if act else lb[9504 + g]
        lb[10080 + g] = (lb[6624 + g]) if act else lb[10080 + g]
        lb[288 + g] = (lb[288 + g] + 0.04 * vx) if act else lb[288 + g]
        lb[864 + g] = (lb[864 + g] + 0.04 * vy) if act else lb[864 + g]
        lb[1440 + g] = (lb[1440 + g] + 0.04 * w) if act else lb[1440 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        vx, vy, w = lb[2048 + g], lb[2624 + g], lb[3200 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[2048 + g] = (vx) if act else lb[2048 + g]
        lb[2624 + g] = (vy) if act else lb[2624 + g]
        lb[3200 + g] = (w) if act else lb[3200 + g]
        lb[7232 + g] = (lb[320 + g]) if act else lb[7232 + g]
        lb[7808 + g] = (lb[896 + g]) if act else lb[7808 + g]
        lb[8384 + g] = (lb[1472 + g]) if act else lb[8384 + g]
        lb[9536 + g] = (lb[6080 + g]) if act else lb[9536 + g]
        lb[10112 + g] = (lb[6656 + g]) if act else lb[10112 + g]
        lb[320 + g] = (lb[320 + g] + 0.04 * vx) if act else lb[320 + g]
        lb[896 + g] = (lb[896 + g] + 0.04 * vy) if act else lb[896 + g]
        lb[1472 + g] = (lb[1472 + g] + 0.04 * w) if act else lb[1472 + g]
    for g in range(n_lanes):
        act = lb[16704 + g] != 0.0
        vx, vy, w = lb[2080 + g], lb[2656 + g], lb[3232 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[2080 + g] = (vx) if act else lb[2080 + g]
        lb[2656 + g] = (vy) if act else lb[2656 + g]
        lb[3232 + g] = (w) if act else lb[3232 + g]
        lb[7264 + g] = (lb[352 + g]) if act else lb[7264 + g]
        lb[7840 + g] = (lb[928 + g]) if act else lb[7840 + g]
        lb[8416 + g] = (lb[1504 + g]) if act else lb[8416 + g]
        lb[9568 + g] = (lb[6112 + g]) if act else lb[9568 + g]
        lb[10144 + g] = (lb[6688 + g]) if act else lb[10144 + g]
        lb[352 + g] = (lb[352 + g] + 0.04 * vx) if act else lb[352 + g]
        lb[928 + g] = (lb[928 + g] + 0.04 * vy) if act else lb[928 + g]
        lb[1504 + g] = (lb[1504 + g] + 0.04 * w) if act else lb[1504 + g]
    if lb[10368] != 0.0:
        for g in range(n_lanes):
            lb[6336 + g], lb[5760 + g] = _own_sincos(lb[1152 + g])
            lb[6368 + g], lb[5792 + g] = _own_sincos(lb[1184 + g])
            lb[6400 + g], lb[5824 + g] = _own_sincos(lb[1216 + g])
            lb[6432 + g], lb[5856 + g] = _own_sincos(lb[1248 + g])
            lb[6464 + g], lb[5888 + g] = _own_sincos(lb[1280 + g])
            lb[6496 + g], lb[5920 + g] = _own_sincos(lb[1312 + g])
            lb[6528 + g], lb[5952 + g] = _own_sincos(lb[1344 + g])
            lb[6560 + g], lb[5984 + g] = _own_sincos(lb[1376 + g])
            lb[6592 + g], lb[6016 + g] = _own_sincos(lb[1408 + g])
            lb[6624 + g], lb[6048 + g] = _own_sincos(lb[1440 + g])
            lb[6656 + g], lb[6080 + g] = _own_sincos(lb[1472 + g])
            lb[6688 + g], lb[6112 + g] = _own_sincos(lb[1504 + g])
    else:
        _glibc_rotations(lb, 0, 1, n_lanes)
        _glibc_rotations(lb, 2, 3, n_lanes)
        _glibc_rotations(lb, 4, 5, n_lanes)
        _glibc_rotations(lb, 6, 7, n_lanes)
        _glibc_rotations(lb, 8, 9, n_lanes)
        _glibc_rotations(lb, 10, 11, n_lanes)


@njit(cache=True, _nrt=False, error_model='numpy')
def settle_sweep(lb, n_lanes):
    for g in range(n_lanes):
        least = MAX_VALUE
        vx, vy, w = lb[1728 + g], lb[2304 + g], lb[2880 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[5184 + g] + 0.04
        lb[5184 + g] = sleep if lb[16704 + g] != 0.0 else lb[5184 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[1760 + g], lb[2336 + g], lb[2912 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[5216 + g] + 0.04
        lb[5216 + g] = sleep if lb[16704 + g] != 0.0 else lb[5216 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[1792 + g], lb[2368 + g], lb[2944 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[5248 + g] + 0.04
        lb[5248 + g] = sleep if lb[16704 + g] != 0.0 else lb[5248 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[1824 + g], lb[2400 + g], lb[2976 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[5280 + g] + 0.04
        lb[5280 + g] = sleep if lb[16704 + g] != 0.0 else lb[5280 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[1856 + g], lb[2432 + g], lb[3008 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[5312 + g] + 0.04
        lb[5312 + g] = sleep if lb[16704 + g] != 0.0 else lb[5312 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[1888 + g], lb[2464 + g], lb[3040 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[5344 + g] + 0.04
        lb[5344 + g] = sleep if lb[16704 + g] != 0.0 else lb[5344 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[1920 + g], lb[2496 + g], lb[3072 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[5376 + g] + 0.04
        lb[5376 + g] = sleep if lb[16704 + g] != 0.0 else lb[5376 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[1952 + g], lb[2528 + g], lb[3104 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[5408 + g] + 0.04
        lb[5408 + g] = sleep if lb[16704 + g] != 0.0 else lb[5408 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[1984 + g], lb[2560 + g], lb[3136 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[5440 + g] + 0.04
        lb[5440 + g] = sleep if lb[16704 + g] != 0.0 else lb[5440 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[2016 + g], lb[2592 + g], lb[3168 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[5472 + g] + 0.04
        lb[5472 + g] = sleep if lb[16704 + g] != 0.0 else lb[5472 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[2048 + g], lb[2624 + g], lb[3200 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[5504 + g] + 0.04
        lb[5504 + g] = sleep if lb[16704 + g] != 0.0 else lb[5504 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[2080 + g], lb[2656 + g], lb[3232 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[5536 + g] + 0.04
        lb[5536 + g] = sleep if lb[16704 + g] != 0.0 else lb[5536 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        lb[17280 + g] = 1.0 if least >= 0.5 else 0.0


@njit(cache=True, _nrt=False, error_model='numpy')
def sync_sweep(lb, n_lanes):
    for g in range(n_lanes):
        act = (lb[16704 + g] != 0.0) & (lb[10944 + g] != 0.0)
        a, b = lb[9216 + g] * (3.275), lb[9792 + g] * (1.425)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[9792 + g] * (3.275), lb[9216 + g] * (1.425)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[6912 + g] - ex) - 0.005, (lb[7488 + g] - ey) - 0.005
        aux, auy = (lb[6912 + g] + ex) + 0.005, (lb[7488 + g] + ey) + 0.005
        a, b = lb[5760 + g] * (3.275), lb[6336 + g] * (1.425)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[6336 + g] * (3.275), lb[5760 + g] * (1.425)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[0 + g] - ex) - 0.005, (lb[576 + g] - ey) - 0.005
        bux, buy = (lb[0 + g] + ex) + 0.005, (lb[576 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[14400 + g] <= lx) & (lb[14976 + g] <= ly) & (ux <= lb[15552 + g]) & (uy <= lb[16128 + g]))
        dx, dy = lb[0 + g] - lb[6912 + g], lb[576 + g] - lb[7488 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[12096 + g] = lx if act else lb[12096 + g]
        lb[12672 + g] = ly if act else lb[12672 + g]
        lb[13248 + g] = ux if act else lb[13248 + g]
        lb[13824 + g] = uy if act else lb[13824 + g]
        lb[14400 + g] = lx - ex if moved else lb[14400 + g]
        lb[14976 + g] = ly - ey if moved else lb[14976 + g]
        lb[15552 + g] = ux + ex if moved else lb[15552 + g]
        lb[16128 + g] = uy + ey if moved else lb[16128 + g]
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[14944 + g] - fux > 0.0) | (lb[15520 + g] - fuy > 0.0) | (flx - lb[16096 + g] > 0.0) | (fly - lb[16672 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[14912 + g] - fux > 0.0) | (lb[15488 + g] - fuy > 0.0) | (flx - lb[16064 + g] > 0.0) | (fly - lb[16640 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[14880 + g] - fux > 0.0) | (lb[15456 + g] - fuy > 0.0) | (flx - lb[16032 + g] > 0.0) | (fly - lb[16608 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[14848 + g] - fux > 0.0) | (lb[15424 + g] - fuy > 0.0) | (flx - lb[16000 + g] > 0.0) | (fly - lb[16576 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[17856 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[16704 + g] != 0.0) & (lb[10976 + g] != 0.0)
        a, b = lb[9248 + g] * (1.075), lb[9824 + g] * (1.325)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[9824 + g] * (1.075), lb[9248 + g] * (1.325)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[6944 + g] - ex) - 0.005, (lb[7520 + g] - ey) - 0.005
        aux, auy = (lb[6944 + g] + ex) + 0.005, (lb[7520 + g] + ey) + 0.005
        a, b = lb[5792 + g] * (1.075), lb[6368 + g] * (1.325)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[6368 + g] * (1.075), lb[5792 + g] * (1.325)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[32 + g] - ex) - 0.005, (lb[608 + g] - ey) - 0.005
        bux, buy = (lb[32 + g] + ex) + 0.005, (lb[608 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[14432 + g] <= lx) & (lb[15008 + g] <= ly) & (ux <= lb[15584 + g]) & (uy <= lb[16160 + g]))
        dx, dy = lb[32 + g] - lb[6944 + g], lb[608 + g] - lb[7520 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[12128 + g] = lx if act else lb[12128 + g]
        lb[12704 + g] = ly if act else lb[12704 + g]
        lb[13280 + g] = ux if act else lb[13280 + g]
        lb[13856 + g] = uy if act else lb[13856 + g]
        lb[14432 + g] = lx - ex if moved else lb[14432 + g]
        lb[15008 + g] = ly - ey if moved else lb[15008 + g]
        lb[15584 + g] = ux + ex if moved else lb[15584 + g]
        lb[16160 + g] = uy + ey if moved else lb[16160 + g]
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[14944 + g] - fux > 0.0) | (lb[15520 + g] - fuy > 0.0) | (flx - lb[16096 + g] > 0.0) | (fly - lb[16672 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[14912 + g] - fux > 0.0) | (lb[15488 + g] - fuy > 0.0) | (flx - lb[16064 + g] > 0.0) | (fly - lb[16640 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[14880 + g] - fux > 0.0) | (lb[15456 + g] - fuy > 0.0) | (flx - lb[16032 + g] > 0.0) | (fly - lb[16608 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[14848 + g] - fux > 0.0) | (lb[15424 + g] - fuy > 0.0) | (flx - lb[16000 + g] > 0.0) | (fly - lb[16576 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[17888 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[16704 + g] != 0.0) & (lb[11008 + g] != 0.0)
        a, b = lb[9280 + g] * (1.75), lb[9856 + g] * (0.55)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[9856 + g] * (1.75), lb[9280 + g] * (0.55)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[6976 + g] - ex) - 0.005, (lb[7552 + g] - ey) - 0.005
        aux, auy = (lb[6976 + g] + ex) + 0.005, (lb[7552 + g] + ey) + 0.005
        a, b = lb[5824 + g] * (1.75), lb[6400 + g] * (0.55)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[6400 + g] * (1.75), lb[5824 + g] * (0.55)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[64 + g] - ex) - 0.005, (lb[640 + g] - ey) - 0.005
        bux, buy = (lb[64 + g] + ex) + 0.005, (lb[640 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[14464 + g] <= lx) & (lb[15040 + g] <= ly) & (ux <= lb[15616 + g]) & (uy <= lb[16192 + g]))
        dx, dy = lb[64 + g] - lb[6976 + g], lb[640 + g] - lb[7552 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[12160 + g] = lx if act else lb[12160 + g]
        lb[12736 + g] = ly if act else lb[12736 + g]
        lb[13312 + g] = ux if act else lb[13312 + g]
        lb[13888 + g] = uy if act else lb[13888 + g]
        lb[14464 + g] = lx - ex if moved else lb[14464 + g]
        lb[15040 + g] = ly - ey if moved else lb[15040 + g]
        lb[15616 + g] = ux + ex if moved else lb[15616 + g]
        lb[16192 + g] = uy + ey if moved else lb[16192 + g]
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[14944 + g] - fux > 0.0) | (lb[15520 + g] - fuy > 0.0) | (flx - lb[16096 + g] > 0.0) | (fly - lb[16672 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[14912 + g] - fux > 0.0) | (lb[15488 + g] - fuy > 0.0) | (flx - lb[16064 + g] > 0.0) | (fly - lb[16640 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[14880 + g] - fux > 0.0) | (lb[15456 + g] - fuy > 0.0) | (flx - lb[16032 + g] > 0.0) | (fly - lb[16608 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[14848 + g] - fux > 0.0) | (lb[15424 + g] - fuy > 0.0) | (flx - lb[16000 + g] > 0.0) | (fly - lb[16576 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[17920 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[16704 + g] != 0.0) & (lb[11040 + g] != 0.0)
        a, b = lb[9312 + g] * (2.525), lb[9888 + g] * (1.0)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[9888 + g] * (2.525), lb[9312 + g] * (1.0)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[7008 + g] - ex) - 0.005, (lb[7584 + g] - ey) - 0.005
        aux, auy = (lb[7008 + g] + ex) + 0.005, (lb[7584 + g] + ey) + 0.005
        a, b = lb[5856 + g] * (2.525), lb[6432 + g] * (1.0)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[6432 + g] * (2.525), lb[5856 + g] * (1.0)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[96 + g] - ex) - 0.005, (lb[672 + g] - ey) - 0.005
        bux, buy = (lb[96 + g] + ex) + 0.005, (lb[672 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[14496 + g] <= lx) & (lb[15072 + g] <= ly) & (ux <= lb[15648 + g]) & (uy <= lb[16224 + g]))
        dx, dy = lb[96 + g] - lb[7008 + g], lb[672 + g] - lb[7584 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[12192 + g] = lx if act else lb[12192 + g]
        lb[12768 + g] = ly if act else lb[12768 + g]
        lb[13344 + g] = ux if act else lb[13344 + g]
        lb[13920 + g] = uy if act else lb[13920 + g]
        lb[14496 + g] = lx - ex if moved else lb[14496 + g]
        lb[15072 + g] = ly - ey if moved else lb[15072 + g]
        lb[15648 + g] = ux + ex if moved else lb[15648 + g]
        lb[16224 + g] = uy + ey if moved else lb[16224 + g]
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[14944 + g] - fux > 0.0) | (lb[15520 + g] - fuy > 0.0) | (flx - lb[16096 + g] > 0.0) | (fly - lb[16672 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[14912 + g] - fux > 0.0) | (lb[15488 + g] - fuy > 0.0) | (flx - lb[16064 + g] > 0.0) | (fly - lb[16640 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[14880 + g] - fux > 0.0) | (lb[15456 + g] - fuy > 0.0) | (flx - lb[16032 + g] > 0.0) | (fly - lb[16608 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[14848 + g] - fux > 0.0) | (lb[15424 + g] - fuy > 0.0) | (flx - lb[16000 + g] > 0.0) | (fly - lb[16576 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[17952 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[16704 + g] != 0.0) & (lb[11072 + g] != 0.0)
        a, b = lb[9344 + g] * (1.85), lb[9920 + g] * (0.625)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[9920 + g] * (1.85), lb[9344 + g] * (0.625)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[7040 + g] - ex) - 0.005, (lb[7616 + g] - ey) - 0.005
        aux, auy = (lb[7040 + g] + ex) + 0.005, (lb[7616 + g] + ey) + 0.005
        a, b = lb[5888 + g] * (1.85), lb[6464 + g] * (0.625)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[6464 + g] * (1.85), lb[5888 + g] * (0.625)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[128 + g] - ex) - 0.005, (lb[704 + g] - ey) - 0.005
        bux, buy = (lb[128 + g] + ex) + 0.005, (lb[704 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[14528 + g] <= lx) & (lb[15104 + g] <= ly) & (ux <= lb[15680 + g]) & (uy <= lb[16256 + g]))
        dx, dy = lb[128 + g] - lb[7040 + g], lb[704 + g] - lb[7616 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[12224 + g] = lx if act else lb[12224 + g]
        lb[12800 + g] = ly if act else lb[12800 + g]
        lb[13376 + g] = ux if act else lb[13376 + g]
        lb[13952 + g] = uy if act else lb[13952 + g]
        lb[14528 + g] = lx - ex if moved else lb[14528 + g]
        lb[15104 + g] = ly - ey if moved else lb[15104 + g]
        lb[15680 + g] = ux + ex if moved else lb[15680 + g]
        lb[16256 + g] = uy + ey if moved else lb[16256 + g]
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[14944 + g] - fux > 0.0) | (lb[15520 + g] - fuy > 0.0) | (flx - lb[16096 + g] > 0.0) | (fly - lb[16672 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[14912 + g] - fux > 0.0) | (lb[15488 + g] - fuy > 0.0) | (flx - lb[16064 + g] > 0.0) | (fly - lb[16640 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[14880 + g] - fux > 0.0) | (lb[15456 + g] - fuy > 0.0) | (flx - lb[16032 + g] > 0.0) | (fly - lb[16608 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[14848 + g] - fux > 0.0) | (lb[15424 + g] - fuy > 0.0) | (flx - lb[16000 + g] > 0.0) | (fly - lb[16576 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[17984 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[16704 + g] != 0.0) & (lb[11104 + g] != 0.0)
        a, b = lb[9376 + g] * (2.5), lb[9952 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[9952 + g] * (2.5), lb[9376 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[7072 + g] - ex) - 0.005, (lb[7648 + g] - ey) - 0.005
        aux, auy = (lb[7072 + g] + ex) + 0.005, (lb[7648 + g] + ey) + 0.005
        a, b = lb[5920 + g] * (2.5), lb[6496 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[6496 + g] * (2.5), lb[5920 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[160 + g] - ex) - 0.005, (lb[736 + g] - ey) - 0.005
        bux, buy = (lb[160 + g] + ex) + 0.005, (lb[736 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[14560 + g] <= lx) & (lb[15136 + g] <= ly) & (ux <= lb[15712 + g]) & (uy <= lb[16288 + g]))
        dx, dy = lb[160 + g] - lb[7072 + g], lb[736 + g] - lb[7648 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[12256 + g] = lx if act else lb[12256 + g]
        lb[12832 + g] = ly if act else lb[12832 + g]
        lb[13408 + g] = ux if act else lb[13408 + g]
        lb[13984 + g] = uy if act else lb[13984 + g]
        lb[14560 + g] = lx - ex if moved else lb[14560 + g]
        lb[15136 + g] = ly - ey if moved else lb[15136 + g]
        lb[15712 + g] = ux + ex if moved else lb[15712 + g]
        lb[16288 + g] = uy + ey if moved else lb[16288 + g]
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[14944 + g] - fux > 0.0) | (lb[15520 + g] - fuy > 0.0) | (flx - lb[16096 + g] > 0.0) | (fly - lb[16672 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[14912 + g] - fux > 0.0) | (lb[15488 + g] - fuy > 0.0) | (flx - lb[16064 + g] > 0.0) | (fly - lb[16640 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[14880 + g] - fux > 0.0) | (lb[15456 + g] - fuy > 0.0) | (flx - lb[16032 + g] > 0.0) | (fly - lb[16608 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[14848 + g] - fux > 0.0) | (lb[15424 + g] - fuy > 0.0) | (flx - lb[16000 + g] > 0.0) | (fly - lb[16576 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[18016 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[16704 + g] != 0.0) & (lb[11136 + g] != 0.0)
        a, b = lb[9408 + g] * (1.35), lb[9984 + g] * (0.675)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[9984 + g] * (1.35), lb[9408 + g] * (0.675)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[7104 + g] - ex) - 0.005, (lb[7680 + g] - ey) - 0.005
        aux, auy = (lb[7104 + g] + ex) + 0.005, (lb[7680 + g] + ey) + 0.005
        a, b = lb[5952 + g] * (1.35), lb[6528 + g] * (0.675)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[6528 + g] * (1.35), lb[5952 + g] * (0.675)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[192 + g] - ex) - 0.005, (lb[768 + g] - ey) - 0.005
        bux, buy = (lb[192 + g] + ex) + 0.005, (lb[768 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[14592 + g] <= lx) & (lb[15168 + g] <= ly) & (ux <= lb[15744 + g]) & (uy <= lb[16320 + g]))
        dx, dy = lb[192 + g] - lb[7104 + g], lb[768 + g] - lb[7680 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[12288 + g] = lx if act else lb[12288 + g]
        lb[12864 + g] = ly if act else lb[12864 + g]
        lb[13440 + g] = ux if act else lb[13440 + g]
        lb[14016 + g] = uy if act else lb[14016 + g]
        lb[14592 + g] = lx - ex if moved else lb[14592 + g]
        lb[15168 + g] = ly - ey if moved else lb[15168 + g]
        lb[15744 + g] = ux + ex if moved else lb[15744 + g]
        lb[16320 + g] = uy + ey if moved else lb[16320 + g]
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[14944 + g] - fux > 0.0) | (lb[15520 + g] - fuy > 0.0) | (flx - lb[16096 + g] > 0.0) | (fly - lb[16672 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[14912 + g] - fux > 0.0) | (lb[15488 + g] - fuy > 0.0) | (flx - lb[16064 + g] > 0.0) | (fly - lb[16640 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[14880 + g] - fux > 0.0) | (lb[15456 + g] - fuy > 0.0) | (flx - lb[16032 + g] > 0.0) | (fly - lb[16608 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[14848 + g] - fux > 0.0) | (lb[15424 + g] - fuy > 0.0) | (flx - lb[16000 + g] > 0.0) | (fly - lb[16576 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[18048 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[16704 + g] != 0.0) & (lb[11168 + g] != 0.0)
        a, b = lb[9440 + g] * (2.225), lb[10016 + g] * (0.675)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[10016 + g] * (2.225), lb[9440 + g] * (0.675)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[7136 + g] - ex) - 0.005, (lb[7712 + g] - ey) - 0.005
        aux, auy = (lb[7136 + g] + ex) + 0.005, (lb[7712 + g] + ey) + 0.005
        a, b = lb[5984 + g] * (2.225), lb[6560 + g] * (0.675)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[6560 + g] * (2.225), lb[5984 + g] * (0.675)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[224 + g] - ex) - 0.005, (lb[800 + g] - ey) - 0.005
        bux, buy = (lb[224 + g] + ex) + 0.005, (lb[800 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[14624 + g] <= lx) & (lb[15200 + g] <= ly) & (ux <= lb[15776 + g]) & (uy <= lb[16352 + g]))
        dx, dy = lb[224 + g] - lb[7136 + g], lb[800 + g] - lb[7712 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[12320 + g] = lx if act else lb[12320 + g]
        lb[12896 + g] = ly if act else lb[12896 + g]
        lb[13472 + g] = ux if act else lb[13472 + g]
        lb[14048 + g] = uy if act else lb[14048 + g]
        lb[14624 + g] = lx - ex if moved else lb[14624 + g]
        lb[15200 + g] = ly - ey if moved else lb[15200 + g]
        lb[15776 + g] = ux + ex if moved else lb[15776 + g]
        lb[16352 + g] = uy + ey if moved else lb[16352 + g]
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[14944 + g] - fux > 0.0) | (lb[15520 + g] - fuy > 0.0) | (flx - lb[16096 + g] > 0.0) | (fly - lb[16672 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[14912 + g] - fux > 0.0) | (lb[15488 + g] - fuy > 0.0) | (flx - lb[16064 + g] > 0.0) | (fly - lb[16640 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[14880 + g] - fux > 0.0) | (lb[15456 + g] - fuy > 0.0) | (flx - lb[16032 + g] > 0.0) | (fly - lb[16608 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[14848 + g] - fux > 0.0) | (lb[15424 + g] - fuy > 0.0) | (flx - lb[16000 + g] > 0.0) | (fly - lb[16576 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[18080 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[16704 + g] != 0.0) & (lb[11200 + g] != 0.0)
        a, b = lb[9472 + g] * (1.95), lb[10048 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[10048 + g] * (1.95), lb[9472 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[7168 + g] - ex) - 0.005, (lb[7744 + g] - ey) - 0.005
        aux, auy = (lb[7168 + g] + ex) + 0.005, (lb[7744 + g] + ey) + 0.005
        a, b = lb[6016 + g] * (1.95), lb[6592 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[6592 + g] * (1.95), lb[6016 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[256 + g] - ex) - 0.005, (lb[832 + g] - ey) - 0.005
        bux, buy = (lb[256 + g] + ex) + 0.005, (lb[832 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[14656 + g] <= lx) & (lb[15232 + g] <= ly) & (ux <= lb[15808 + g]) & (uy <= lb[16384 + g]))
        dx, dy = lb[256 + g] - lb[7168 + g], lb[832 + g] - lb[7744 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[12352 + g] = lx if act else lb[12352 + g]
        lb[12928 + g] = ly if act else lb[12928 + g]
        lb[13504 + g] = ux if act else lb[13504 + g]
        lb[14080 + g] = uy if act else lb[14080 + g]
        lb[14656 + g] = lx - ex if moved else lb[14656 + g]
        lb[15232 + g] = ly - ey if moved else lb[15232 + g]
        lb[15808 + g] = ux + ex if moved else lb[15808 + g]
        lb[16384 + g] = uy + ey if moved else lb[16384 + g]
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[14944 + g] - fux > 0.0) | (lb[15520 + g] - fuy > 0.0) | (flx - lb[16096 + g] > 0.0) | (fly - lb[16672 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[14912 + g] - fux > 0.0) | (lb[15488 + g] - fuy > 0.0) | (flx - lb[16064 + g] > 0.0) | (fly - lb[16640 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[14880 + g] - fux > 0.0) | (lb[15456 + g] - fuy > 0.0) | (flx - lb[16032 + g] > 0.0) | (fly - lb[16608 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[14848 + g] - fux > 0.0) | (lb[15424 + g] - fuy > 0.0) | (flx - lb[16000 + g] > 0.0) | (fly - lb[16576 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[18112 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[16704 + g] != 0.0) & (lb[11232 + g] != 0.0)
        a, b = lb[9504 + g] * (2.5), lb[10080 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[10080 + g] * (2.5), lb[9504 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[7200 + g] - ex) - 0.005, (lb[7776 + g] - ey) - 0.005
        aux, auy = (lb[7200 + g] + ex) + 0.005, (lb[7776 + g] + ey) + 0.005
        a, b = lb[6048 + g] * (2.5), lb[6624 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[6624 + g] * (2.5), lb[6048 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[288 + g] - ex) - 0.005, (lb[864 + g] - ey) - 0.005
        bux, buy = (lb[288 + g] + ex) + 0.005, (lb[864 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[14688 + g] <= lx) & (lb[15264 + g] <= ly) & (ux <= lb[15840 + g]) & (uy <= lb[16416 + g]))
        dx, dy = lb[288 + g] - lb[7200 + g], lb[864 + g] - lb[7776 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[12384 + g] = lx if act else lb[12384 + g]
        lb[12960 + g] = ly if act else lb[12960 + g]
        lb[13536 + g] = ux if act else lb[13536 + g]
        lb[14112 + g] = uy if act else lb[14112 + g]
        lb[14688 + g] = lx - ex if moved else lb[14688 + g]
        lb[15264 + g] = ly - ey if moved else lb[15264 + g]
        lb[15840 + g] = ux + ex if moved else lb[15840 + g]
        lb[16416 + g] = uy + ey if moved else lb[16416 + g]
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[14944 + g] - fux > 0.0) | (lb[15520 + g] - fuy > 0.0) | (flx - lb[16096 + g] > 0.0) | (fly - lb[16672 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[14912 + g] - fux > 0.0) | (lb[15488 + g] - fuy > 0.0) | (flx - lb[16064 + g] > 0.0) | (fly - lb[16640 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[14880 + g] - fux > 0.0) | (lb[15456 + g] - fuy > 0.0) | (flx - lb[16032 + g] > 0.0) | (fly - lb[16608 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[14848 + g] - fux > 0.0) | (lb[15424 + g] - fuy > 0.0) | (flx - lb[16000 + g] > 0.0) | (fly - lb[16576 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[18144 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[16704 + g] != 0.0) & (lb[11264 + g] != 0.0)
        a, b = lb[9536 + g] * (1.35), lb[10112 + g] * (0.725)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[10112 + g] * (1.35), lb[9536 + g] * (0.725)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[7232 + g] - ex) - 0.005, (lb[7808 + g] - ey) - 0.005
        aux, auy = (lb[7232 + g] + ex) + 0.005, (lb[7808 + g] + ey) + 0.005
        a, b = lb[6080 + g] * (1.35), lb[6656 + g] * (0.725)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[6656 + g] * (1.35), lb[6080 + g] * (0.725)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[320 + g] - ex) - 0.005, (lb[896 + g] - ey) - 0.005
        bux, buy = (lb[320 + g] + ex) + 0.005, (lb[896 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[14720 + g] <= lx) & (lb[15296 + g] <= ly) & (ux <= lb[15872 + g]) & (uy <= lb[16448 + g]))
        dx, dy = lb[320 + g] - lb[7232 + g], lb[896 + g] - lb[7808 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[12416 + g] = lx if act else lb[12416 + g]
        lb[12992 + g] = ly if act else lb[12992 + g]
        lb[13568 + g] = ux if act else lb[13568 + g]
        lb[14144 + g] = uy if act else lb[14144 + g]
        lb[14720 + g] = lx - ex if moved else lb[14720 + g]
        lb[15296 + g] = ly - ey if moved else lb[15296 + g]
        lb[15872 + g] = ux + ex if moved else lb[15872 + g]
        lb[16448 + g] = uy + ey if moved else lb[16448 + g]
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[14944 + g] - fux > 0.0) | (lb[15520 + g] - fuy > 0.0) | (flx - lb[16096 + g] > 0.0) | (fly - lb[16672 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[14912 + g] - fux > 0.0) | (lb[15488 + g] - fuy > 0.0) | (flx - lb[16064 + g] > 0.0) | (fly - lb[16640 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[14880 + g] - fux > 0.0) | (lb[15456 + g] - fuy > 0.0) | (flx - lb[16032 + g] > 0.0) | (fly - lb[16608 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[14848 + g] - fux > 0.0) | (lb[15424 + g] - fuy > 0.0) | (flx - lb[16000 + g] > 0.0) | (fly - lb[16576 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[18176 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[16704 + g] != 0.0) & (lb[11296 + g] != 0.0)
        a, b = lb[9568 + g] * (2.65), lb[10144 + g] * (1.0)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[10144 + g] * (2.65), lb[9568 + g] * (1.0)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[7264 + g] - ex) - 0.005, (lb[7840 + g] - ey) - 0.005
        aux, auy = (lb[7264 + g] + ex) + 0.005, (lb[7840 + g] + ey) + 0.005
        a, b = lb[6112 + g] * (2.65), lb[6688 + g] * (1.0)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[6688 + g] * (2.65), lb[6112 + g] * (1.0)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[352 + g] - ex) - 0.005, (lb[928 + g] - ey) - 0.005
        bux, buy = (lb[352 + g] + ex) + 0.005, (lb[928 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[14752 + g] <= lx) & (lb[15328 + g] <= ly) & (ux <= lb[15904 + g]) & (uy <= lb[16480 + g]))
        dx, dy = lb[352 + g] - lb[7264 + g], lb[928 + g] - lb[7840 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[12448 + g] = lx if act else lb[12448 + g]
        lb[13024 + g] = ly if act else lb[13024 + g]
        lb[13600 + g] = ux if act else lb[13600 + g]
        lb[14176 + g] = uy if act else lb[14176 + g]
        lb[14752 + g] = lx - ex if moved else lb[14752 + g]
        lb[15328 + g] = ly - ey if moved else lb[15328 + g]
        lb[15904 + g] = ux + ex if moved else lb[15904 + g]
        lb[16480 + g] = uy + ey if moved else lb[16480 + g]
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[14944 + g] - fux > 0.0) | (lb[15520 + g] - fuy > 0.0) | (flx - lb[16096 + g] > 0.0) | (fly - lb[16672 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[14912 + g] - fux > 0.0) | (lb[15488 + g] - fuy > 0.0) | (flx - lb[16064 + g] > 0.0) | (fly - lb[16640 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[14880 + g] - fux > 0.0) | (lb[15456 + g] - fuy > 0.0) | (flx - lb[16032 + g] > 0.0) | (fly - lb[16608 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[14848 + g] - fux > 0.0) | (lb[15424 + g] - fuy > 0.0) | (flx - lb[16000 + g] > 0.0) | (fly - lb[16576 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[18208 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
