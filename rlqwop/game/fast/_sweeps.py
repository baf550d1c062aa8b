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
def init_sweep(lb, lj):
    for g in range(16):
        act = lb[8352 + g] != 0.0
        ca, sa, cb, sb = lb[3024 + g], lb[3312 + g], lb[3056 + g], lb[3344 + g]
        r1x = ca * (1.9464226250774301) - sa * (0.23026118775573867)
        r1y = sa * (1.9464226250774301) + ca * (0.23026118775573867)
        r2x = cb * (2.0958596632699917) - sb * (0.29461641905670727)
        r2y = sb * (2.0958596632699917) + cb * (0.29461641905670727)
        lj[3408 + g] = (r1x) if act else lj[3408 + g]
        lj[3600 + g] = (r1y) if act else lj[3600 + g]
        lj[3792 + g] = (r2x) if act else lj[3792 + g]
        lj[3984 + g] = (r2y) if act else lj[3984 + g]
        k11 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1y * r1y + (0.03527813872540085) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1x * r1x + (0.03527813872540085) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2256 + g] = (det * k22) if act else lj[2256 + g]
        lj[2640 + g] = (-det * k12) if act else lj[2640 + g]
        lj[2448 + g] = (-det * k21) if act else lj[2448 + g]
        lj[2832 + g] = (det * k11) if act else lj[2832 + g]
        lj[3024 + g] = (1.0 / ((0.05871559633027523) + (0.03527813872540085))) if act else lj[3024 + g]
        mf = lj[528 + g] if lj[1680 + g] != 0.0 else 0.0
        lj[528 + g] = (mf) if act else lj[528 + g]
        angle = lb[752 + g] - lb[720 + g] - (2.2893406247158676)
        lower, upper = lj[1296 + g], lj[1488 + g]
        old_state, lf = lj[2064 + g], lj[720 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1872 + g] != 0.0
        lj[2064 + g] = (state if limit else old_state) if act else lj[2064 + g]
        lf = lf if limit & keep else 0.0
        lj[720 + g] = (lf) if act else lj[720 + g]
        pfx, pfy = lj[144 + g], lj[336 + g]
        lb[1008 + g] = (lb[1008 + g] - 0.04 * (0.13333333333333333) * pfx) if act else lb[1008 + g]
        lb[1296 + g] = (lb[1296 + g] - 0.04 * (0.13333333333333333) * pfy) if act else lb[1296 + g]
        lb[1584 + g] = (lb[1584 + g] - 0.04 * (0.05871559633027523) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[1584 + g]
        lb[1040 + g] = (lb[1040 + g] + 0.04 * (0.09433962264150944) * pfx) if act else lb[1040 + g]
        lb[1328 + g] = (lb[1328 + g] + 0.04 * (0.09433962264150944) * pfy) if act else lb[1328 + g]
        lb[1616 + g] = (lb[1616 + g] + 0.04 * (0.03527813872540085) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[1616 + g]
        lj[912 + g] = (0.0) if act else lj[912 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        ca, sa, cb, sb = lb[3056 + g], lb[3344 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (-2.0961942262183917) - sa * (0.18536556036297194)
        r1y = sa * (-2.0961942262183917) + ca * (0.18536556036297194)
        r2x = cb * (-2.162191390759836) - sb * (-0.6165265219145436)
        r2y = sb * (-2.162191390759836) + cb * (-0.6165265219145436)
        lj[3344 + g] = (r1x) if act else lj[3344 + g]
        lj[3536 + g] = (r1y) if act else lj[3536 + g]
        lj[3728 + g] = (r2x) if act else lj[3728 + g]
        lj[3920 + g] = (r2y) if act else lj[3920 + g]
        k11 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2192 + g] = (det * k22) if act else lj[2192 + g]
        lj[2576 + g] = (-det * k12) if act else lj[2576 + g]
        lj[2384 + g] = (-det * k21) if act else lj[2384 + g]
        lj[2768 + g] = (det * k11) if act else lj[2768 + g]
        lj[2960 + g] = (1.0 / ((0.03527813872540085) + (0.012598303677779489))) if act else lj[2960 + g]
        mf = lj[464 + g] if lj[1616 + g] != 0.0 else 0.0
        lj[464 + g] = (mf) if act else lj[464 + g]
        angle = lb[576 + g] - lb[752 + g] - (-2.719359381718199)
        lower, upper = lj[1232 + g], lj[1424 + g]
        old_state, lf = lj[2000 + g], lj[656 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1808 + g] != 0.0
        lj[2000 + g] = (state if limit else old_state) if act else lj[2000 + g]
        lf = lf if limit & keep else 0.0
        lj[656 + g] = (lf) if act else lj[656 + g]
        pfx, pfy = lj[80 + g], lj[272 + g]
        lb[1040 + g] = (lb[1040 + g] - 0.04 * (0.09433962264150944) * pfx) if act else lb[1040 + g]
        lb[1328 + g] = (lb[1328 + g] - 0.04 * (0.09433962264150944) * pfy) if act else lb[1328 + g]
        lb[1616 + g] = (lb[1616 + g] - 0.04 * (0.03527813872540085) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[1616 + g]
        lb[864 + g] = (lb[864 + g] + 0.04 * (0.053569037096558185) * pfx) if act else lb[864 + g]
        lb[1152 + g] = (lb[1152 + g] + 0.04 * (0.053569037096558185) * pfy) if act else lb[1152 + g]
        lb[1440 + g] = (lb[1440 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[1440 + g]
        lj[848 + g] = (0.0) if act else lj[848 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        ca, sa, cb, sb = lb[2928 + g], lb[3216 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (1.5149934600879298) - sa * (0.10302974517488483)
        r1y = sa * (1.5149934600879298) + ca * (0.10302974517488483)
        r2x = cb * (-2.1617729534350554) - sb * (0.17997450596313957)
        r2y = sb * (-2.1617729534350554) + cb * (0.17997450596313957)
        lj[3328 + g] = (r1x) if act else lj[3328 + g]
        lj[3520 + g] = (r1y) if act else lj[3520 + g]
        lj[3712 + g] = (r2x) if act else lj[3712 + g]
        lj[3904 + g] = (r2y) if act else lj[3904 + g]
        k11 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2176 + g] = (det * k22) if act else lj[2176 + g]
        lj[2560 + g] = (-det * k12) if act else lj[2560 + g]
        lj[2368 + g] = (-det * k21) if act else lj[2368 + g]
        lj[2752 + g] = (det * k11) if act else lj[2752 + g]
        lj[2944 + g] = (1.0 / ((0.04027180109757439) + (0.012598303677779489))) if act else lj[2944 + g]
        mf = lj[448 + g] if lj[1600 + g] != 0.0 else 0.0
        lj[448 + g] = (mf) if act else lj[448 + g]
        angle = lb[576 + g] - lb[624 + g] - (0.7258477508944043)
        lower, upper = lj[1216 + g], lj[1408 + g]
        old_state, lf = lj[1984 + g], lj[640 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1792 + g] != 0.0
        lj[1984 + g] = (state if limit else old_state) if act else lj[1984 + g]
        lf = lf if limit & keep else 0.0
        lj[640 + g] = (lf) if act else lj[640 + g]
        pfx, pfy = lj[64 + g], lj[256 + g]
        lb[912 + g] = (lb[912 + g] - 0.04 * (0.09900990099009901) * pfx) if act else lb[912 + g]
        lb[1200 + g] = (lb[1200 + g] - 0.04 * (0.09900990099009901) * pfy) if act else lb[1200 + g]
        lb[1488 + g] = (lb[1488 + g] - 0.04 * (0.04027180109757439) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[1488 + g]
        lb[864 + g] = (lb[864 + g] + 0.04 * (0.053569037096558185) * pfx) if act else lb[864 + g]
        lb[1152 + g] = (lb[1152 + g] + 0.04 * (0.053569037096558185) * pfy) if act else lb[1152 + g]
        lb[1440 + g] = (lb[1440 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[1440 + g]
        lj[832 + g] = (0.0) if act else lj[832 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        ca, sa, cb, sb = lb[2944 + g], lb[3232 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (-1.06207890966549) - sa * (0.17409394631566927)
        r1y = sa * (-1.06207890966549) + ca * (0.17409394631566927)
        r2x = cb * (1.9283425691848988) - sb * (0.5346402981158307)
        r2y = sb * (1.9283425691848988) + cb * (0.5346402981158307)
        lj[3312 + g] = (r1x) if act else lj[3312 + g]
        lj[3504 + g] = (r1y) if act else lj[3504 + g]
        lj[3696 + g] = (r2x) if act else lj[3696 + g]
        lj[3888 + g] = (r2y) if act else lj[3888 + g]
        k11 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2160 + g] = (det * k22) if act else lj[2160 + g]
        lj[2544 + g] = (-det * k12) if act else lj[2544 + g]
        lj[2352 + g] = (-det * k21) if act else lj[2352 + g]
        lj[2736 + g] = (det * k11) if act else lj[2736 + g]
        lj[2928 + g] = (1.0 / ((0.17010946366789667) + (0.012598303677779489))) if act else lj[2928 + g]
        mf = lj[432 + g] if lj[1584 + g] != 0.0 else 0.0
        lj[432 + g] = (mf) if act else lj[432 + g]
        angle = lb[576 + g] - lb[640 + g] - (-2.09438311816829)
        lower, upper = lj[1200 + g], lj[1392 + g]
        old_state, lf = lj[1968 + g], lj[624 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1776 + g] != 0.0
        lj[1968 + g] = (state if limit else old_state) if act else lj[1968 + g]
        lf = lf if limit & keep else 0.0
        lj[624 + g] = (lf) if act else lj[624 + g]
        pfx, pfy = lj[48 + g], lj[240 + g]
        lb[928 + g] = (lb[928 + g] - 0.04 * (0.21621621621621623) * pfx) if act else lb[928 + g]
        lb[1216 + g] = (lb[1216 + g] - 0.04 * (0.21621621621621623) * pfy) if act else lb[1216 + g]
        lb[1504 + g] = (lb[1504 + g] - 0.04 * (0.17010946366789667) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[1504 + g]
        lb[864 + g] = (lb[864 + g] + 0.04 * (0.053569037096558185) * pfx) if act else lb[864 + g]
        lb[1152 + g] = (lb[1152 + g] + 0.04 * (0.053569037096558185) * pfy) if act else lb[1152 + g]
        lb[1440 + g] = (lb[1440 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[1440 + g]
        lj[816 + g] = (0.0) if act else lj[816 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        ca, sa, cb, sb = lb[3008 + g], lb[3296 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (1.2001841231501342) - sa * (0.014095940491621661)
        r1y = sa * (1.2001841231501342) + ca * (0.014095940491621661)
        r2x = cb * (2.0154692227269657) - sb * (-0.963716471396211)
        r2y = sb * (2.0154692227269657) + cb * (-0.963716471396211)
        lj[3296 + g] = (r1x) if act else lj[3296 + g]
        lj[3488 + g] = (r1y) if act else lj[3488 + g]
        lj[3680 + g] = (r2x) if act else lj[3680 + g]
        lj[3872 + g] = (r2y) if act else lj[3872 + g]
        k11 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2144 + g] = (det * k22) if act else lj[2144 + g]
        lj[2528 + g] = (-det * k12) if act else lj[2528 + g]
        lj[2336 + g] = (-det * k21) if act else lj[2336 + g]
        lj[2720 + g] = (det * k11) if act else lj[2720 + g]
        lj[2912 + g] = (1.0 / ((0.1174846535671278) + (0.012598303677779489))) if act else lj[2912 + g]
        mf = lj[416 + g] if lj[1568 + g] != 0.0 else 0.0
        lj[416 + g] = (mf) if act else lj[416 + g]
        angle = lb[576 + g] - lb[704 + g] - (-0.7853907065463961)
        lower, upper = lj[1184 + g], lj[1376 + g]
        old_state, lf = lj[1952 + g], lj[608 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1760 + g] != 0.0
        lj[1952 + g] = (state if limit else old_state) if act else lj[1952 + g]
        lf = lf if limit & keep else 0.0
        lj[608 + g] = (lf) if act else lj[608 + g]
        pfx, pfy = lj[32 + g], lj[224 + g]
        lb[992 + g] = (lb[992 + g] - 0.04 * (0.17094017094017094) * pfx) if act else lb[992 + g]
        lb[1280 + g] = (lb[1280 + g] - 0.04 * (0.17094017094017094) * pfy) if act else lb[1280 + g]
        lb[1568 + g] = (lb[1568 + g] - 0.04 * (0.1174846535671278) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[1568 + g]
        lb[864 + g] = (lb[864 + g] + 0.04 * (0.053569037096558185) * pfx) if act else lb[864 + g]
        lb[1152 + g] = (lb[1152 + g] + 0.04 * (0.053569037096558185) * pfy) if act else lb[1152 + g]
        lb[1440 + g] = (lb[1440 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[1440 + g]
        lj[800 + g] = (0.0) if act else lj[800 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        ca, sa, cb, sb = lb[2896 + g], lb[3184 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (-0.22839485113389013) - sa * (1.1126087775923434)
        r1y = sa * (-0.22839485113389013) + ca * (1.1126087775923434)
        r2x = cb * (2.859519853416241) - sb * (0.1894010834667077)
        r2y = sb * (2.859519853416241) + cb * (0.1894010834667077)
        lj[3280 + g] = (r1x) if act else lj[3280 + g]
        lj[3472 + g] = (r1y) if act else lj[3472 + g]
        lj[3664 + g] = (r2x) if act else lj[3664 + g]
        lj[3856 + g] = (r2y) if act else lj[3856 + g]
        k11 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2128 + g] = (det * k22) if act else lj[2128 + g]
        lj[2512 + g] = (-det * k12) if act else lj[2512 + g]
        lj[2320 + g] = (-det * k21) if act else lj[2320 + g]
        lj[2704 + g] = (det * k11) if act else lj[2704 + g]
        lj[2896 + g] = (1.0 / ((0.18086620215453098) + (0.012598303677779489))) if act else lj[2896 + g]
        mf = lj[400 + g] if lj[1552 + g] != 0.0 else 0.0
        lj[400 + g] = (mf) if act else lj[400 + g]
        angle = lb[576 + g] - lb[592 + g] - (-1.308996406363529)
        lower, upper = lj[1168 + g], lj[1360 + g]
        old_state, lf = lj[1936 + g], lj[592 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1744 + g] != 0.0
        lj[1936 + g] = (state if limit else old_state) if act else lj[1936 + g]
        lf = lf if limit & keep else 0.0
        lj[592 + g] = (lf) if act else lj[592 + g]
        pfx, pfy = lj[16 + g], lj[208 + g]
        lb[880 + g] = (lb[880 + g] - 0.04 * (0.17551557700745943) * pfx) if act else lb[880 + g]
        lb[1168 + g] = (lb[1168 + g] - 0.04 * (0.17551557700745943) * pfy) if act else lb[1168 + g]
        lb[1456 + g] = (lb[1456 + g] - 0.04 * (0.18086620215453098) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[1456 + g]
        lb[864 + g] = (lb[864 + g] + 0.04 * (0.053569037096558185) * pfx) if act else lb[864 + g]
        lb[1152 + g] = (lb[1152 + g] + 0.04 * (0.053569037096558185) * pfy) if act else lb[1152 + g]
        lb[1440 + g] = (lb[1440 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[1440 + g]
        lj[784 + g] = (0.0) if act else lj[784 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        ca, sa, cb, sb = lb[2992 + g], lb[3280 + g], lb[3008 + g], lb[3296 + g]
        r1x = ca * (1.786878910753607) - sa * (-0.0875161173956252)
        r1y = sa * (1.786878910753607) + ca * (-0.0875161173956252)
        r2x = cb * (-1.3780071636887363) - sb * (0.014064825719664498)
        r2y = sb * (-1.3780071636887363) + cb * (0.014064825719664498)
        lj[3376 + g] = (r1x) if act else lj[3376 + g]
        lj[3568 + g] = (r1y) if act else lj[3568 + g]
        lj[3760 + g] = (r2x) if act else lj[3760 + g]
        lj[3952 + g] = (r2y) if act else lj[3952 + g]
        k11 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1y * r1y + (0.1174846535671278) * r2y * r2y
        k12 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k21 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k22 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1x * r1x + (0.1174846535671278) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2224 + g] = (det * k22) if act else lj[2224 + g]
        lj[2608 + g] = (-det * k12) if act else lj[2608 + g]
        lj[2416 + g] = (-det * k21) if act else lj[2416 + g]
        lj[2800 + g] = (det * k11) if act else lj[2800 + g]
        lj[2992 + g] = (1.0 / ((0.09237008652479196) + (0.1174846535671278))) if act else lj[2992 + g]
        mf = lj[496 + g] if lj[1648 + g] != 0.0 else 0.0
        lj[496 + g] = (mf) if act else lj[496 + g]
        angle = lb[704 + g] - lb[688 + g] - (1.2968199012274688)
        lower, upper = lj[1264 + g], lj[1456 + g]
        old_state, lf = lj[2032 + g], lj[688 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1840 + g] != 0.0
        lj[2032 + g] = (state if limit else old_state) if act else lj[2032 + g]
        lf = lf if limit & keep else 0.0
        lj[688 + g] = (lf) if act else lj[688 + g]
        pfx, pfy = lj[112 + g], lj[304 + g]
        lb[976 + g] = (lb[976 + g] - 0.04 * (0.16645859342488556) * pfx) if act else lb[976 + g]
        lb[1264 + g] = (lb[1264 + g] - 0.04 * (0.16645859342488556) * pfy) if act else lb[1264 + g]
        lb[1552 + g] = (lb[1552 + g] - 0.04 * (0.09237008652479196) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[1552 + g]
        lb[992 + g] = (lb[992 + g] + 0.04 * (0.17094017094017094) * pfx) if act else lb[992 + g]
        lb[1280 + g] = (lb[1280 + g] + 0.04 * (0.17094017094017094) * pfy) if act else lb[1280 + g]
        lb[1568 + g] = (lb[1568 + g] + 0.04 * (0.1174846535671278) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[1568 + g]
        lj[880 + g] = (0.0) if act else lj[880 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        ca, sa, cb, sb = lb[2912 + g], lb[3200 + g], lb[2944 + g], lb[3232 + g]
        r1x = ca * (-1.2620587423023988) - sa * (0.15722668659641342)
        r1y = sa * (-1.2620587423023988) + ca * (0.15722668659641342)
        r2x = cb * (1.6027887369842992) - sb * (-0.14793204384539627)
        r2y = sb * (1.6027887369842992) + cb * (-0.14793204384539627)
        lj[3360 + g] = (r1x) if act else lj[3360 + g]
        lj[3552 + g] = (r1y) if act else lj[3552 + g]
        lj[3744 + g] = (r2x) if act else lj[3744 + g]
        lj[3936 + g] = (r2y) if act else lj[3936 + g]
        k11 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1y * r1y + (0.17010946366789667) * r2y * r2y
        k12 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k21 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k22 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1x * r1x + (0.17010946366789667) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2208 + g] = (det * k22) if act else lj[2208 + g]
        lj[2592 + g] = (-det * k12) if act else lj[2592 + g]
        lj[2400 + g] = (-det * k21) if act else lj[2400 + g]
        lj[2784 + g] = (det * k11) if act else lj[2784 + g]
        lj[2976 + g] = (1.0 / ((0.23156635340884965) + (0.17010946366789667))) if act else lj[2976 + g]
        mf = lj[480 + g] if lj[1632 + g] != 0.0 else 0.0
        lj[480 + g] = (mf) if act else lj[480 + g]
        angle = lb[640 + g] - lb[608 + g] - (2.09438311816829)
        lower, upper = lj[1248 + g], lj[1440 + g]
        old_state, lf = lj[2016 + g], lj[672 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1824 + g] != 0.0
        lj[2016 + g] = (state if limit else old_state) if act else lj[2016 + g]
        lf = lf if limit & keep else 0.0
        lj[672 + g] = (lf) if act else lj[672 + g]
        pfx, pfy = lj[96 + g], lj[288 + g]
        lb[896 + g] = (lb[896 + g] - 0.04 * (0.2597402597402597) * pfx) if act else lb[896 + g]
        lb[1184 + g] = (lb[1184 + g] - 0.04 * (0.2597402597402597) * pfy) if act else lb[1184 + g]
        lb[1472 + g] = (lb[1472 + g] - 0.04 * (0.23156635340884965) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[1472 + g]
        lb[928 + g] = (lb[928 + g] + 0.04 * (0.21621621621621623) * pfx) if act else lb[928 + g]
        lb[1216 + g] = (lb[1216 + g] + 0.04 * (0.21621621621621623) * pfy) if act else lb[1216 + g]
        lb[1504 + g] = (lb[1504 + g] + 0.04 * (0.17010946366789667) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[1504 + g]
        lj[864 + g] = (0.0) if act else lj[864 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        ca, sa, cb, sb = lb[2960 + g], lb[3248 + g], lb[2928 + g], lb[3216 + g]
        r1x = ca * (2.0031668711363886) - sa * (0.29778450493880393)
        r1y = sa * (2.0031668711363886) + ca * (0.29778450493880393)
        r2x = cb * (-2.039930985466258) - sb * (-0.06884320616201656)
        r2y = sb * (-2.039930985466258) + cb * (-0.06884320616201656)
        lj[3392 + g] = (r1x) if act else lj[3392 + g]
        lj[3584 + g] = (r1y) if act else lj[3584 + g]
        lj[3776 + g] = (r2x) if act else lj[3776 + g]
        lj[3968 + g] = (r2y) if act else lj[3968 + g]
        k11 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1y * r1y + (0.04027180109757439) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1x * r1x + (0.04027180109757439) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2240 + g] = (det * k22) if act else lj[2240 + g]
        lj[2624 + g] = (-det * k12) if act else lj[2624 + g]
        lj[2432 + g] = (-det * k21) if act else lj[2432 + g]
        lj[2816 + g] = (det * k11) if act else lj[2816 + g]
        lj[3008 + g] = (1.0 / ((0.05871559633027523) + (0.04027180109757439))) if act else lj[3008 + g]
        mf = lj[512 + g] if lj[1664 + g] != 0.0 else 0.0
        lj[512 + g] = (mf) if act else lj[512 + g]
        angle = lb[624 + g] - lb[656 + g] - (-0.3953113764119829)
        lower, upper = lj[1280 + g], lj[1472 + g]
        old_state, lf = lj[2048 + g], lj[704 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1856 + g] != 0.0
        lj[2048 + g] = (state if limit else old_state) if act else lj[2048 + g]
        lf = lf if limit & keep else 0.0
        lj[704 + g] = (lf) if act else lj[704 + g]
        pfx, pfy = lj[128 + g], lj[320 + g]
        lb[944 + g] = (lb[944 + g] - 0.04 * (0.13333333333333333) * pfx) if act else lb[944 + g]
        lb[1232 + g] = (lb[1232 + g] - 0.04 * (0.13333333333333333) * pfy) if act else lb[1232 + g]
        lb[1520 + g] = (lb[1520 + g] - 0.04 * (0.05871559633027523) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[1520 + g]
        lb[912 + g] = (lb[912 + g] + 0.04 * (0.09900990099009901) * pfx) if act else lb[912 + g]
        lb[1200 + g] = (lb[1200 + g] + 0.04 * (0.09900990099009901) * pfy) if act else lb[1200 + g]
        lb[1488 + g] = (lb[1488 + g] + 0.04 * (0.04027180109757439) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[1488 + g]
        lj[896 + g] = (0.0) if act else lj[896 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        ca, sa, cb, sb = lb[2976 + g], lb[3264 + g], lb[2960 + g], lb[3248 + g]
        r1x = ca * (-0.6270934582479109) - sa * (-0.06637286435491148)
        r1y = sa * (-0.6270934582479109) + ca * (-0.06637286435491148)
        r2x = cb * (-2.425382538900126) - sb * (0.13895539751438638)
        r2y = sb * (-2.425382538900126) + cb * (0.13895539751438638)
        lj[3424 + g] = (r1x) if act else lj[3424 + g]
        lj[3616 + g] = (r1y) if act else lj[3616 + g]
        lj[3808 + g] = (r2x) if act else lj[3808 + g]
        lj[4000 + g] = (r2y) if act else lj[4000 + g]
        k11 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2272 + g] = (det * k22) if act else lj[2272 + g]
        lj[2656 + g] = (-det * k12) if act else lj[2656 + g]
        lj[2464 + g] = (-det * k21) if act else lj[2464 + g]
        lj[2848 + g] = (det * k11) if act else lj[2848 + g]
        lj[3040 + g] = (1.0 / ((0.1204272910821709) + (0.05871559633027523))) if act else lj[3040 + g]
        mf = lj[544 + g] if lj[1696 + g] != 0.0 else 0.0
        lj[544 + g] = (mf) if act else lj[544 + g]
        angle = lb[656 + g] - lb[672 + g] - (-1.7244327585010226)
        lower, upper = lj[1312 + g], lj[1504 + g]
        old_state, lf = lj[2080 + g], lj[736 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1888 + g] != 0.0
        lj[2080 + g] = (state if limit else old_state) if act else lj[2080 + g]
        lf = lf if limit & keep else 0.0
        lj[736 + g] = (lf) if act else lj[736 + g]
        pfx, pfy = lj[160 + g], lj[352 + g]
        lb[960 + g] = (lb[960 + g] - 0.04 * (0.09144947416552353) * pfx) if act else lb[960 + g]
        lb[1248 + g] = (lb[1248 + g] - 0.04 * (0.09144947416552353) * pfy) if act else lb[1248 + g]
        lb[1536 + g] = (lb[1536 + g] - 0.04 * (0.1204272910821709) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[1536 + g]
        lb[944 + g] = (lb[944 + g] + 0.04 * (0.13333333333333333) * pfx) if act else lb[944 + g]
        lb[1232 + g] = (lb[1232 + g] + 0.04 * (0.13333333333333333) * pfy) if act else lb[1232 + g]
        lb[1520 + g] = (lb[1520 + g] + 0.04 * (0.05871559633027523) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[1520 + g]
        lj[928 + g] = (0.0) if act else lj[928 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        ca, sa, cb, sb = lb[3040 + g], lb[3328 + g], lb[3024 + g], lb[3312 + g]
        r1x = ca * (-0.7779783144804977) - sa * (-0.20811593451266924)
        r1y = sa * (-0.7779783144804977) + ca * (-0.20811593451266924)
        r2x = cb * (-2.2591139640195603) - sb * (0.08142886510219238)
        r2y = sb * (-2.2591139640195603) + cb * (0.08142886510219238)
        lj[3440 + g] = (r1x) if act else lj[3440 + g]
        lj[3632 + g] = (r1y) if act else lj[3632 + g]
        lj[3824 + g] = (r2x) if act else lj[3824 + g]
        lj[4016 + g] = (r2y) if act else lj[4016 + g]
        k11 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2288 + g] = (det * k22) if act else lj[2288 + g]
        lj[2672 + g] = (-det * k12) if act else lj[2672 + g]
        lj[2480 + g] = (-det * k21) if act else lj[2480 + g]
        lj[2864 + g] = (det * k11) if act else lj[2864 + g]
        lj[3056 + g] = (1.0 / ((0.10877949071482061) + (0.05871559633027523))) if act else lj[3056 + g]
        mf = lj[560 + g] if lj[1712 + g] != 0.0 else 0.0
        lj[560 + g] = (mf) if act else lj[560 + g]
        angle = lb[720 + g] - lb[736 + g] - (-1.5708045825942758)
        lower, upper = lj[1328 + g], lj[1520 + g]
        old_state, lf = lj[2096 + g], lj[752 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1904 + g] != 0.0
        lj[2096 + g] = (state if limit else old_state) if act else lj[2096 + g]
        lf = lf if limit & keep else 0.0
        lj[752 + g] = (lf) if act else lj[752 + g]
        pfx, pfy = lj[176 + g], lj[368 + g]
        lb[1024 + g] = (lb[1024 + g] - 0.04 * (0.08514261387824605) * pfx) if act else lb[1024 + g]
        lb[1312 + g] = (lb[1312 + g] - 0.04 * (0.08514261387824605) * pfy) if act else lb[1312 + g]
        lb[1600 + g] = (lb[1600 + g] - 0.04 * (0.10877949071482061) * ((r1x * pfy - r1y * pfx) + mf + lf)) if act else lb[1600 + g]
        lb[1008 + g] = (lb[1008 + g] + 0.04 * (0.13333333333333333) * pfx) if act else lb[1008 + g]
        lb[1296 + g] = (lb[1296 + g] + 0.04 * (0.13333333333333333) * pfy) if act else lb[1296 + g]
        lb[1584 + g] = (lb[1584 + g] + 0.04 * (0.05871559633027523) * ((r2x * pfy - r2y * pfx) + mf + lf)) if act else lb[1584 + g]
        lj[944 + g] = (0.0) if act else lj[944 + g]


@njit(cache=True, _nrt=False, error_model='numpy')
def velocity_sweep(lb, lj):
    for g in range(16):
        act = lb[8352 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[3408 + g], lj[3600 + g], lj[3792 + g], lj[3984 + g]
        vxa, vya, wa = lb[1008 + g], lb[1296 + g], lb[1584 + g]
        vxb, vyb, wb = lb[1040 + g], lb[1328 + g], lb[1616 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2256 + g] * cdx + lj[2640 + g] * cdy)
        fy = -25.0 * (lj[2448 + g] * cdx + lj[2832 + g] * cdy)
        lj[144 + g] = (lj[144 + g] + fx) if act else lj[144 + g]
        lj[336 + g] = (lj[336 + g] + fy) if act else lj[336 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.13333333333333333) * px
        vya = vya - (0.13333333333333333) * py
        wa = wa - (0.05871559633027523) * (r1x * py - r1y * px)
        vxb = vxb + (0.09433962264150944) * px
        vyb = vyb + (0.09433962264150944) * py
        wb = wb + (0.03527813872540085) * (r2x * py - r2y * px)
        state = lj[2064 + g]
        motor = (lj[1680 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1104 + g]
        force = -25.0 * lj[3024 + g] * cdot
        old = lj[528 + g]
        new = old + force
        new = new if new < (3000.0) else (3000.0)
        new = -(3000.0) if -(3000.0) > new else new
        lj[528 + g] = (new if motor else old) if act else lj[528 + g]
        force = new - old
        wa = wa - (0.05871559633027523) * 0.04 * force if motor else wa
        wb = wb + (0.03527813872540085) * 0.04 * force if motor else wb
        limit = (lj[1872 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[3024 + g] * cdot
        old = lj[720 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[720 + g] = (new if limit else old) if act else lj[720 + g]
        lb[1008 + g] = (vxa) if act else lb[1008 + g]
        lb[1296 + g] = (vya) if act else lb[1296 + g]
        lb[1040 + g] = (vxb) if act else lb[1040 + g]
        lb[1328 + g] = (vyb) if act else lb[1328 + g]
        lb[1584 + g] = (wa - (0.05871559633027523) * 0.04 * force if limit else wa) if act else lb[1584 + g]
        lb[1616 + g] = (wb + (0.03527813872540085) * 0.04 * force if limit else wb) if act else lb[1616 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[3344 + g], lj[3536 + g], lj[3728 + g], lj[3920 + g]
        vxa, vya, wa = lb[1040 + g], lb[1328 + g], lb[1616 + g]
        vxb, vyb, wb = lb[864 + g], lb[1152 + g], lb[1440 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2192 + g] * cdx + lj[2576 + g] * cdy)
        fy = -25.0 * (lj[2384 + g] * cdx + lj[2768 + g] * cdy)
        lj[80 + g] = (lj[80 + g] + fx) if act else lj[80 + g]
        lj[272 + g] = (lj[272 + g] + fy) if act else lj[272 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09433962264150944) * px
        vya = vya - (0.09433962264150944) * py
        wa = wa - (0.03527813872540085) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[2000 + g]
        motor = (lj[1616 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1040 + g]
        force = -25.0 * lj[2960 + g] * cdot
        old = lj[464 + g]
        new = old + force
        new = new if new < (6000.0) else (6000.0)
        new = -(6000.0) if -(6000.0) > new else new
        lj[464 + g] = (new if motor else old) if act else lj[464 + g]
        force = new - old
        wa = wa - (0.03527813872540085) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[1808 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2960 + g] * cdot
        old = lj[656 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[656 + g] = (new if limit else old) if act else lj[656 + g]
        lb[1040 + g] = (vxa) if act else lb[1040 + g]
        lb[1328 + g] = (vya) if act else lb[1328 + g]
        lb[864 + g] = (vxb) if act else lb[864 + g]
        lb[1152 + g] = (vyb) if act else lb[1152 + g]
        lb[1616 + g] = (wa - (0.03527813872540085) * 0.04 * force if limit else wa) if act else lb[1616 + g]
        lb[1440 + g] = (wb + (0.012598303677779489) * 0.04 * force if limit else wb) if act else lb[1440 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[3328 + g], lj[3520 + g], lj[3712 + g], lj[3904 + g]
        vxa, vya, wa = lb[912 + g], lb[1200 + g], lb[1488 + g]
        vxb, vyb, wb = lb[864 + g], lb[1152 + g], lb[1440 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2176 + g] * cdx + lj[2560 + g] * cdy)
        fy = -25.0 * (lj[2368 + g] * cdx + lj[2752 + g] * cdy)
        lj[64 + g] = (lj[64 + g] + fx) if act else lj[64 + g]
        lj[256 + g] = (lj[256 + g] + fy) if act else lj[256 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09900990099009901) * px
        vya = vya - (0.09900990099009901) * py
        wa = wa - (0.04027180109757439) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[1984 + g]
        motor = (lj[1600 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1024 + g]
        force = -25.0 * lj[2944 + g] * cdot
        old = lj[448 + g]
        new = old + force
        new = new if new < (6000.0) else (6000.0)
        new = -(6000.0) if -(6000.0) > new else new
        lj[448 + g] = (new if motor else old) if act else lj[448 + g]
        force = new - old
        wa = wa - (0.04027180109757439) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[1792 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2944 + g] * cdot
        old = lj[640 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[640 + g] = (new if limit else old) if act else lj[640 + g]
        lb[912 + g] = (vxa) if act else lb[912 + g]
        lb[1200 + g] = (vya) if act else lb[1200 + g]
        lb[864 + g] = (vxb) if act else lb[864 + g]
        lb[1152 + g] = (vyb) if act else lb[1152 + g]
        lb[1488 + g] = (wa - (0.04027180109757439) * 0.04 * force if limit else wa) if act else lb[1488 + g]
        lb[1440 + g] = (wb + (0.012598303677779489) * 0.04 * force if limit else wb) if act else lb[1440 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[3312 + g], lj[3504 + g], lj[3696 + g], lj[3888 + g]
        vxa, vya, wa = lb[928 + g], lb[1216 + g], lb[1504 + g]
        vxb, vyb, wb = lb[864 + g], lb[1152 + g], lb[1440 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2160 + g] * cdx + lj[2544 + g] * cdy)
        fy = -25.0 * (lj[2352 + g] * cdx + lj[2736 + g] * cdy)
        lj[48 + g] = (lj[48 + g] + fx) if act else lj[48 + g]
        lj[240 + g] = (lj[240 + g] + fy) if act else lj[240 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.21621621621621623) * px
        vya = vya - (0.21621621621621623) * py
        wa = wa - (0.17010946366789667) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[1968 + g]
        motor = (lj[1584 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1008 + g]
        force = -25.0 * lj[2928 + g] * cdot
        old = lj[432 + g]
        new = old + force
        new = new if new < (1000.0) else (1000.0)
        new = -(1000.0) if -(1000.0) > new else new
        lj[432 + g] = (new if motor else old) if act else lj[432 + g]
        force = new - old
        wa = wa - (0.17010946366789667) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[1776 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2928 + g] * cdot
        old = lj[624 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[624 + g] = (new if limit else old) if act else lj[624 + g]
        lb[928 + g] = (vxa) if act else lb[928 + g]
        lb[1216 + g] = (vya) if act else lb[1216 + g]
        lb[864 + g] = (vxb) if act else lb[864 + g]
        lb[1152 + g] = (vyb) if act else lb[1152 + g]
        lb[1504 + g] = (wa - (0.17010946366789667) * 0.04 * force if limit else wa) if act else lb[1504 + g]
        lb[1440 + g] = (wb + (0.012598303677779489) * 0.04 * force if limit else wb) if act else lb[1440 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[3296 + g], lj[3488 + g], lj[3680 + g], lj[3872 + g]
        vxa, vya, wa = lb[992 + g], lb[1280 + g], lb[1568 + g]
        vxb, vyb, wb = lb[864 + g], lb[1152 + g], lb[1440 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2144 + g] * cdx + lj[2528 + g] * cdy)
        fy = -25.0 * (lj[2336 + g] * cdx + lj[2720 + g] * cdy)
        lj[32 + g] = (lj[32 + g] + fx) if act else lj[32 + g]
        lj[224 + g] = (lj[224 + g] + fy) if act else lj[224 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.17094017094017094) * px
        vya = vya - (0.17094017094017094) * py
        wa = wa - (0.1174846535671278) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[1952 + g]
        motor = (lj[1568 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[992 + g]
        force = -25.0 * lj[2912 + g] * cdot
        old = lj[416 + g]
        new = old + force
        new = new if new < (1000.0) else (1000.0)
        new = -(1000.0) if -(1000.0) > new else new
        lj[416 + g] = (new if motor else old) if act else lj[416 + g]
        force = new - old
        wa = wa - (0.1174846535671278) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[1760 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2912 + g] * cdot
        old = lj[608 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[608 + g] = (new if limit else old) if act else lj[608 + g]
        lb[992 + g] = (vxa) if act else lb[992 + g]
        lb[1280 + g] = (vya) if act else lb[1280 + g]
        lb[864 + g] = (vxb) if act else lb[864 + g]
        lb[1152 + g] = (vyb) if act else lb[1152 + g]
        lb[1568 + g] = (wa - (0.1174846535671278) * 0.04 * force if limit else wa) if act else lb[1568 + g]
        lb[1440 + g] = (wb + (0.012598303677779489) * 0.04 * force if limit else wb) if act else lb[1440 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[3280 + g], lj[3472 + g], lj[3664 + g], lj[3856 + g]
        vxa, vya, wa = lb[880 + g], lb[1168 + g], lb[1456 + g]
        vxb, vyb, wb = lb[864 + g], lb[1152 + g], lb[1440 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2128 + g] * cdx + lj[2512 + g] * cdy)
        fy = -25.0 * (lj[2320 + g] * cdx + lj[2704 + g] * cdy)
        lj[16 + g] = (lj[16 + g] + fx) if act else lj[16 + g]
        lj[208 + g] = (lj[208 + g] + fy) if act else lj[208 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.17551557700745943) * px
        vya = vya - (0.17551557700745943) * py
        wa = wa - (0.18086620215453098) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[1936 + g]
        motor = (lj[1552 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[976 + g]
        force = -25.0 * lj[2896 + g] * cdot
        old = lj[400 + g]
        new = old + force
        new = new if new < (0.0) else (0.0)
        new = -(0.0) if -(0.0) > new else new
        lj[400 + g] = (new if motor else old) if act else lj[400 + g]
        force = new - old
        wa = wa - (0.18086620215453098) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[1744 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2896 + g] * cdot
        old = lj[592 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[592 + g] = (new if limit else old) if act else lj[592 + g]
        lb[880 + g] = (vxa) if act else lb[880 + g]
        lb[1168 + g] = (vya) if act else lb[1168 + g]
        lb[864 + g] = (vxb) if act else lb[864 + g]
        lb[1152 + g] = (vyb) if act else lb[1152 + g]
        lb[1456 + g] = (wa - (0.18086620215453098) * 0.04 * force if limit else wa) if act else lb[1456 + g]
        lb[1440 + g] = (wb + (0.012598303677779489) * 0.04 * force if limit else wb) if act else lb[1440 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[3376 + g], lj[3568 + g], lj[3760 + g], lj[3952 + g]
        vxa, vya, wa = lb[976 + g], lb[1264 + g], lb[1552 + g]
        vxb, vyb, wb = lb[992 + g], lb[1280 + g], lb[1568 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2224 + g] * cdx + lj[2608 + g] * cdy)
        fy = -25.0 * (lj[2416 + g] * cdx + lj[2800 + g] * cdy)
        lj[112 + g] = (lj[112 + g] + fx) if act else lj[112 + g]
        lj[304 + g] = (lj[304 + g] + fy) if act else lj[304 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.16645859342488556) * px
        vya = vya - (0.16645859342488556) * py
        wa = wa - (0.09237008652479196) * (r1x * py - r1y * px)
        vxb = vxb + (0.17094017094017094) * px
        vyb = vyb + (0.17094017094017094) * py
        wb = wb + (0.1174846535671278) * (r2x * py - r2y * px)
        state = lj[2032 + g]
        motor = (lj[1648 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1072 + g]
        force = -25.0 * lj[2992 + g] * cdot
        old = lj[496 + g]
        new = old + force
        new = new if new < (0.0) else (0.0)
        new = -(0.0) if -(0.0) > new else new
        lj[496 + g] = (new if motor else old) if act else lj[496 + g]
        force = new - old
        wa = wa - (0.09237008652479196) * 0.04 * force if motor else wa
        wb = wb + (0.1174846535671278) * 0.04 * force if motor else wb
        limit = (lj[1840 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2992 + g] * cdot
        old = lj[688 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[688 + g] = (new if limit else old) if act else lj[688 + g]
        lb[976 + g] = (vxa) if act else lb[976 + g]
        lb[1264 + g] = (vya) if act else lb[1264 + g]
        lb[992 + g] = (vxb) if act else lb[992 + g]
        lb[1280 + g] = (vyb) if act else lb[1280 + g]
        lb[1552 + g] = (wa - (0.09237008652479196) * 0.04 * force if limit else wa) if act else lb[1552 + g]
        lb[1568 + g] = (wb + (0.1174846535671278) * 0.04 * force if limit else wb) if act else lb[1568 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[3360 + g], lj[3552 + g], lj[3744 + g], lj[3936 + g]
        vxa, vya, wa = lb[896 + g], lb[1184 + g], lb[1472 + g]
        vxb, vyb, wb = lb[928 + g], lb[1216 + g], lb[1504 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2208 + g] * cdx + lj[2592 + g] * cdy)
        fy = -25.0 * (lj[2400 + g] * cdx + lj[2784 + g] * cdy)
        lj[96 + g] = (lj[96 + g] + fx) if act else lj[96 + g]
        lj[288 + g] = (lj[288 + g] + fy) if act else lj[288 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.2597402597402597) * px
        vya = vya - (0.2597402597402597) * py
        wa = wa - (0.23156635340884965) * (r1x * py - r1y * px)
        vxb = vxb + (0.21621621621621623) * px
        vyb = vyb + (0.21621621621621623) * py
        wb = wb + (0.17010946366789667) * (r2x * py - r2y * px)
        state = lj[2016 + g]
        motor = (lj[1632 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1056 + g]
        force = -25.0 * lj[2976 + g] * cdot
        old = lj[480 + g]
        new = old + force
        new = new if new < (0.0) else (0.0)
        new = -(0.0) if -(0.0) > new else new
        lj[480 + g] = (new if motor else old) if act else lj[480 + g]
        force = new - old
        wa = wa - (0.23156635340884965) * 0.04 * force if motor else wa
        wb = wb + (0.17010946366789667) * 0.04 * force if motor else wb
        limit = (lj[1824 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2976 + g] * cdot
        old = lj[672 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[672 + g] = (new if limit else old) if act else lj[672 + g]
        lb[896 + g] = (vxa) if act else lb[896 + g]
        lb[1184 + g] = (vya) if act else lb[1184 + g]
        lb[928 + g] = (vxb) if act else lb[928 + g]
        lb[1216 + g] = (vyb) if act else lb[1216 + g]
        lb[1472 + g] = (wa - (0.23156635340884965) * 0.04 * force if limit else wa) if act else lb[1472 + g]
        lb[1504 + g] = (wb + (0.17010946366789667) * 0.04 * force if limit else wb) if act else lb[1504 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[3392 + g], lj[3584 + g], lj[3776 + g], lj[3968 + g]
        vxa, vya, wa = lb[944 + g], lb[1232 + g], lb[1520 + g]
        vxb, vyb, wb = lb[912 + g], lb[1200 + g], lb[1488 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2240 + g] * cdx + lj[2624 + g] * cdy)
        fy = -25.0 * (lj[2432 + g] * cdx + lj[2816 + g] * cdy)
        lj[128 + g] = (lj[128 + g] + fx) if act else lj[128 + g]
        lj[320 + g] = (lj[320 + g] + fy) if act else lj[320 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.13333333333333333) * px
        vya = vya - (0.13333333333333333) * py
        wa = wa - (0.05871559633027523) * (r1x * py - r1y * px)
        vxb = vxb + (0.09900990099009901) * px
        vyb = vyb + (0.09900990099009901) * py
        wb = wb + (0.04027180109757439) * (r2x * py - r2y * px)
        state = lj[2048 + g]
        motor = (lj[1664 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1088 + g]
        force = -25.0 * lj[3008 + g] * cdot
        old = lj[512 + g]
        new = old + force
        new = new if new < (3000.0) else (3000.0)
        new = -(3000.0) if -(3000.0) > new else new
        lj[512 + g] = (new if motor else old) if act else lj[512 + g]
        force = new - old
        wa = wa - (0.05871559633027523) * 0.04 * force if motor else wa
        wb = wb + (0.04027180109757439) * 0.04 * force if motor else wb
        limit = (lj[1856 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[3008 + g] * cdot
        old = lj[704 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[704 + g] = (new if limit else old) if act else lj[704 + g]
        lb[944 + g] = (vxa) if act else lb[944 + g]
        lb[1232 + g] = (vya) if act else lb[1232 + g]
        lb[912 + g] = (vxb) if act else lb[912 + g]
        lb[1200 + g] = (vyb) if act else lb[1200 + g]
        lb[1520 + g] = (wa - (0.05871559633027523) * 0.04 * force if limit else wa) if act else lb[1520 + g]
        lb[1488 + g] = (wb + (0.04027180109757439) * 0.04 * force if limit else wb) if act else lb[1488 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[3424 + g], lj[3616 + g], lj[3808 + g], lj[4000 + g]
        vxa, vya, wa = lb[960 + g], lb[1248 + g], lb[1536 + g]
        vxb, vyb, wb = lb[944 + g], lb[1232 + g], lb[1520 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2272 + g] * cdx + lj[2656 + g] * cdy)
        fy = -25.0 * (lj[2464 + g] * cdx + lj[2848 + g] * cdy)
        lj[160 + g] = (lj[160 + g] + fx) if act else lj[160 + g]
        lj[352 + g] = (lj[352 + g] + fy) if act else lj[352 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09144947416552353) * px
        vya = vya - (0.09144947416552353) * py
        wa = wa - (0.1204272910821709) * (r1x * py - r1y * px)
        vxb = vxb + (0.13333333333333333) * px
        vyb = vyb + (0.13333333333333333) * py
        wb = wb + (0.05871559633027523) * (r2x * py - r2y * px)
        state = lj[2080 + g]
        motor = (lj[1696 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1120 + g]
        force = -25.0 * lj[3040 + g] * cdot
        old = lj[544 + g]
        new = old + force
        new = new if new < (2000.0) else (2000.0)
        new = -(2000.0) if -(2000.0) > new else new
        lj[544 + g] = (new if motor else old) if act else lj[544 + g]
        force = new - old
        wa = wa - (0.1204272910821709) * 0.04 * force if motor else wa
        wb = wb + (0.05871559633027523) * 0.04 * force if motor else wb
        limit = (lj[1888 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[3040 + g] * cdot
        old = lj[736 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[736 + g] = (new if limit else old) if act else lj[736 + g]
        lb[960 + g] = (vxa) if act else lb[960 + g]
        lb[1248 + g] = (vya) if act else lb[1248 + g]
        lb[944 + g] = (vxb) if act else lb[944 + g]
        lb[1232 + g] = (vyb) if act else lb[1232 + g]
        lb[1536 + g] = (wa - (0.1204272910821709) * 0.04 * force if limit else wa) if act else lb[1536 + g]
        lb[1520 + g] = (wb + (0.05871559633027523) * 0.04 * force if limit else wb) if act else lb[1520 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[3440 + g], lj[3632 + g], lj[3824 + g], lj[4016 + g]
        vxa, vya, wa = lb[1024 + g], lb[1312 + g], lb[1600 + g]
        vxb, vyb, wb = lb[1008 + g], lb[1296 + g], lb[1584 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2288 + g] * cdx + lj[2672 + g] * cdy)
        fy = -25.0 * (lj[2480 + g] * cdx + lj[2864 + g] * cdy)
        lj[176 + g] = (lj[176 + g] + fx) if act else lj[176 + g]
        lj[368 + g] = (lj[368 + g] + fy) if act else lj[368 + g]
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.08514261387824605) * px
        vya = vya - (0.08514261387824605) * py
        wa = wa - (0.10877949071482061) * (r1x * py - r1y * px)
        vxb = vxb + (0.13333333333333333) * px
        vyb = vyb + (0.13333333333333333) * py
        wb = wb + (0.05871559633027523) * (r2x * py - r2y * px)
        state = lj[2096 + g]
        motor = (lj[1712 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1136 + g]
        force = -25.0 * lj[3056 + g] * cdot
        old = lj[560 + g]
        new = old + force
        new = new if new < (2000.0) else (2000.0)
        new = -(2000.0) if -(2000.0) > new else new
        lj[560 + g] = (new if motor else old) if act else lj[560 + g]
        force = new - old
        wa = wa - (0.10877949071482061) * 0.04 * force if motor else wa
        wb = wb + (0.05871559633027523) * 0.04 * force if motor else wb
        limit = (lj[1904 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[3056 + g] * cdot
        old = lj[752 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[752 + g] = (new if limit else old) if act else lj[752 + g]
        lb[1024 + g] = (vxa) if act else lb[1024 + g]
        lb[1312 + g] = (vya) if act else lb[1312 + g]
        lb[1008 + g] = (vxb) if act else lb[1008 + g]
        lb[1296 + g] = (vyb) if act else lb[1296 + g]
        lb[1600 + g] = (wa - (0.10877949071482061) * 0.04 * force if limit else wa) if act else lb[1600 + g]
        lb[1584 + g] = (wb + (0.05871559633027523) * 0.04 * force if limit else wb) if act else lb[1584 + g]


@njit(cache=True, _nrt=False, error_model='numpy')
def init_sweep_all(lb, lj):
    for g in range(16):
        ca, sa, cb, sb = lb[3024 + g], lb[3312 + g], lb[3056 + g], lb[3344 + g]
        r1x = ca * (1.9464226250774301) - sa * (0.23026118775573867)
        r1y = sa * (1.9464226250774301) + ca * (0.23026118775573867)
        r2x = cb * (2.0958596632699917) - sb * (0.29461641905670727)
        r2y = sb * (2.0958596632699917) + cb * (0.29461641905670727)
        lj[3408 + g], lj[3600 + g], lj[3792 + g], lj[3984 + g] = r1x, r1y, r2x, r2y
        k11 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1y * r1y + (0.03527813872540085) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1x * r1x + (0.03527813872540085) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2256 + g] = det * k22
        lj[2640 + g] = -det * k12
        lj[2448 + g] = -det * k21
        lj[2832 + g] = det * k11
        lj[3024 + g] = 1.0 / ((0.05871559633027523) + (0.03527813872540085))
        mf = lj[528 + g] if lj[1680 + g] != 0.0 else 0.0
        lj[528 + g] = mf
        angle = lb[752 + g] - lb[720 + g] - (2.2893406247158676)
        lower, upper = lj[1296 + g], lj[1488 + g]
        old_state, lf = lj[2064 + g], lj[720 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1872 + g] != 0.0
        lj[2064 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[720 + g] = lf
        pfx, pfy = lj[144 + g], lj[336 + g]
        lb[1008 + g] = lb[1008 + g] - 0.04 * (0.13333333333333333) * pfx
        lb[1296 + g] = lb[1296 + g] - 0.04 * (0.13333333333333333) * pfy
        lb[1584 + g] = lb[1584 + g] - 0.04 * (0.05871559633027523) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[1040 + g] = lb[1040 + g] + 0.04 * (0.09433962264150944) * pfx
        lb[1328 + g] = lb[1328 + g] + 0.04 * (0.09433962264150944) * pfy
        lb[1616 + g] = lb[1616 + g] + 0.04 * (0.03527813872540085) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[912 + g] = 0.0
    for g in range(16):
        ca, sa, cb, sb = lb[3056 + g], lb[3344 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (-2.0961942262183917) - sa * (0.18536556036297194)
        r1y = sa * (-2.0961942262183917) + ca * (0.18536556036297194)
        r2x = cb * (-2.162191390759836) - sb * (-0.6165265219145436)
        r2y = sb * (-2.162191390759836) + cb * (-0.6165265219145436)
        lj[3344 + g], lj[3536 + g], lj[3728 + g], lj[3920 + g] = r1x, r1y, r2x, r2y
        k11 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2192 + g] = det * k22
        lj[2576 + g] = -det * k12
        lj[2384 + g] = -det * k21
        lj[2768 + g] = det * k11
        lj[2960 + g] = 1.0 / ((0.03527813872540085) + (0.012598303677779489))
        mf = lj[464 + g] if lj[1616 + g] != 0.0 else 0.0
        lj[464 + g] = mf
        angle = lb[576 + g] - lb[752 + g] - (-2.719359381718199)
        lower, upper = lj[1232 + g], lj[1424 + g]
        old_state, lf = lj[2000 + g], lj[656 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1808 + g] != 0.0
        lj[2000 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[656 + g] = lf
        pfx, pfy = lj[80 + g], lj[272 + g]
        lb[1040 + g] = lb[1040 + g] - 0.04 * (0.09433962264150944) * pfx
        lb[1328 + g] = lb[1328 + g] - 0.04 * (0.09433962264150944) * pfy
        lb[1616 + g] = lb[1616 + g] - 0.04 * (0.03527813872540085) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[864 + g] = lb[864 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[1152 + g] = lb[1152 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[1440 + g] = lb[1440 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[848 + g] = 0.0
    for g in range(16):
        ca, sa, cb, sb = lb[2928 + g], lb[3216 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (1.5149934600879298) - sa * (0.10302974517488483)
        r1y = sa * (1.5149934600879298) + ca * (0.10302974517488483)
        r2x = cb * (-2.1617729534350554) - sb * (0.17997450596313957)
        r2y = sb * (-2.1617729534350554) + cb * (0.17997450596313957)
        lj[3328 + g], lj[3520 + g], lj[3712 + g], lj[3904 + g] = r1x, r1y, r2x, r2y
        k11 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2176 + g] = det * k22
        lj[2560 + g] = -det * k12
        lj[2368 + g] = -det * k21
        lj[2752 + g] = det * k11
        lj[2944 + g] = 1.0 / ((0.04027180109757439) + (0.012598303677779489))
        mf = lj[448 + g] if lj[1600 + g] != 0.0 else 0.0
        lj[448 + g] = mf
        angle = lb[576 + g] - lb[624 + g] - (0.7258477508944043)
        lower, upper = lj[1216 + g], lj[1408 + g]
        old_state, lf = lj[1984 + g], lj[640 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1792 + g] != 0.0
        lj[1984 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[640 + g] = lf
        pfx, pfy = lj[64 + g], lj[256 + g]
        lb[912 + g] = lb[912 + g] - 0.04 * (0.09900990099009901) * pfx
        lb[1200 + g] = lb[1200 + g] - 0.04 * (0.09900990099009901) * pfy
        lb[1488 + g] = lb[1488 + g] - 0.04 * (0.04027180109757439) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[864 + g] = lb[864 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[1152 + g] = lb[1152 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[1440 + g] = lb[1440 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[832 + g] = 0.0
    for g in range(16):
        ca, sa, cb, sb = lb[2944 + g], lb[3232 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (-1.06207890966549) - sa * (0.17409394631566927)
        r1y = sa * (-1.06207890966549) + ca * (0.17409394631566927)
        r2x = cb * (1.9283425691848988) - sb * (0.5346402981158307)
        r2y = sb * (1.9283425691848988) + cb * (0.5346402981158307)
        lj[3312 + g], lj[3504 + g], lj[3696 + g], lj[3888 + g] = r1x, r1y, r2x, r2y
        k11 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2160 + g] = det * k22
        lj[2544 + g] = -det * k12
        lj[2352 + g] = -det * k21
        lj[2736 + g] = det * k11
        lj[2928 + g] = 1.0 / ((0.17010946366789667) + (0.012598303677779489))
        mf = lj[432 + g] if lj[1584 + g] != 0.0 else 0.0
        lj[432 + g] = mf
        angle = lb[576 + g] - lb[640 + g] - (-2.09438311816829)
        lower, upper = lj[1200 + g], lj[1392 + g]
        old_state, lf = lj[1968 + g], lj[624 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1776 + g] != 0.0
        lj[1968 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[624 + g] = lf
        pfx, pfy = lj[48 + g], lj[240 + g]
        lb[928 + g] = lb[928 + g] - 0.04 * (0.21621621621621623) * pfx
        lb[1216 + g] = lb[1216 + g] - 0.04 * (0.21621621621621623) * pfy
        lb[1504 + g] = lb[1504 + g] - 0.04 * (0.17010946366789667) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[864 + g] = lb[864 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[1152 + g] = lb[1152 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[1440 + g] = lb[1440 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[816 + g] = 0.0
    for g in range(16):
        ca, sa, cb, sb = lb[3008 + g], lb[3296 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (1.2001841231501342) - sa * (0.014095940491621661)
        r1y = sa * (1.2001841231501342) + ca * (0.014095940491621661)
        r2x = cb * (2.0154692227269657) - sb * (-0.963716471396211)
        r2y = sb * (2.0154692227269657) + cb * (-0.963716471396211)
        lj[3296 + g], lj[3488 + g], lj[3680 + g], lj[3872 + g] = r1x, r1y, r2x, r2y
        k11 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2144 + g] = det * k22
        lj[2528 + g] = -det * k12
        lj[2336 + g] = -det * k21
        lj[2720 + g] = det * k11
        lj[2912 + g] = 1.0 / ((0.1174846535671278) + (0.012598303677779489))
        mf = lj[416 + g] if lj[1568 + g] != 0.0 else 0.0
        lj[416 + g] = mf
        angle = lb[576 + g] - lb[704 + g] - (-0.7853907065463961)
        lower, upper = lj[1184 + g], lj[1376 + g]
        old_state, lf = lj[1952 + g], lj[608 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1760 + g] != 0.0
        lj[1952 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[608 + g] = lf
        pfx, pfy = lj[32 + g], lj[224 + g]
        lb[992 + g] = lb[992 + g] - 0.04 * (0.17094017094017094) * pfx
        lb[1280 + g] = lb[1280 + g] - 0.04 * (0.17094017094017094) * pfy
        lb[1568 + g] = lb[1568 + g] - 0.04 * (0.1174846535671278) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[864 + g] = lb[864 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[1152 + g] = lb[1152 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[1440 + g] = lb[1440 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[800 + g] = 0.0
    for g in range(16):
        ca, sa, cb, sb = lb[2896 + g], lb[3184 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (-0.22839485113389013) - sa * (1.1126087775923434)
        r1y = sa * (-0.22839485113389013) + ca * (1.1126087775923434)
        r2x = cb * (2.859519853416241) - sb * (0.1894010834667077)
        r2y = sb * (2.859519853416241) + cb * (0.1894010834667077)
        lj[3280 + g], lj[3472 + g], lj[3664 + g], lj[3856 + g] = r1x, r1y, r2x, r2y
        k11 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2128 + g] = det * k22
        lj[2512 + g] = -det * k12
        lj[2320 + g] = -det * k21
        lj[2704 + g] = det * k11
        lj[2896 + g] = 1.0 / ((0.18086620215453098) + (0.012598303677779489))
        mf = lj[400 + g] if lj[1552 + g] != 0.0 else 0.0
        lj[400 + g] = mf
        angle = lb[576 + g] - lb[592 + g] - (-1.308996406363529)
        lower, upper = lj[1168 + g], lj[1360 + g]
        old_state, lf = lj[1936 + g], lj[592 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1744 + g] != 0.0
        lj[1936 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[592 + g] = lf
        pfx, pfy = lj[16 + g], lj[208 + g]
        lb[880 + g] = lb[880 + g] - 0.04 * (0.17551557700745943) * pfx
        lb[1168 + g] = lb[1168 + g] - 0.04 * (0.17551557700745943) * pfy
        lb[1456 + g] = lb[1456 + g] - 0.04 * (0.18086620215453098) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[864 + g] = lb[864 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[1152 + g] = lb[1152 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[1440 + g] = lb[1440 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[784 + g] = 0.0
    for g in range(16):
        ca, sa, cb, sb = lb[2992 + g], lb[3280 + g], lb[3008 + g], lb[3296 + g]
        r1x = ca * (1.786878910753607) - sa * (-0.0875161173956252)
        r1y = sa * (1.786878910753607) + ca * (-0.0875161173956252)
        r2x = cb * (-1.3780071636887363) - sb * (0.014064825719664498)
        r2y = sb * (-1.3780071636887363) + cb * (0.014064825719664498)
        lj[3376 + g], lj[3568 + g], lj[3760 + g], lj[3952 + g] = r1x, r1y, r2x, r2y
        k11 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1y * r1y + (0.1174846535671278) * r2y * r2y
        k12 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k21 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k22 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1x * r1x + (0.1174846535671278) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2224 + g] = det * k22
        lj[2608 + g] = -det * k12
        lj[2416 + g] = -det * k21
        lj[2800 + g] = det * k11
        lj[2992 + g] = 1.0 / ((0.09237008652479196) + (0.1174846535671278))
        mf = lj[496 + g] if lj[1648 + g] != 0.0 else 0.0
        lj[496 + g] = mf
        angle = lb[704 + g] - lb[688 + g] - (1.2968199012274688)
        lower, upper = lj[1264 + g], lj[1456 + g]
        old_state, lf = lj[2032 + g], lj[688 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1840 + g] != 0.0
        lj[2032 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[688 + g] = lf
        pfx, pfy = lj[112 + g], lj[304 + g]
        lb[976 + g] = lb[976 + g] - 0.04 * (0.16645859342488556) * pfx
        lb[1264 + g] = lb[1264 + g] - 0.04 * (0.16645859342488556) * pfy
        lb[1552 + g] = lb[1552 + g] - 0.04 * (0.09237008652479196) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[992 + g] = lb[992 + g] + 0.04 * (0.17094017094017094) * pfx
        lb[1280 + g] = lb[1280 + g] + 0.04 * (0.17094017094017094) * pfy
        lb[1568 + g] = lb[1568 + g] + 0.04 * (0.1174846535671278) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[880 + g] = 0.0
    for g in range(16):
        ca, sa, cb, sb = lb[2912 + g], lb[3200 + g], lb[2944 + g], lb[3232 + g]
        r1x = ca * (-1.2620587423023988) - sa * (0.15722668659641342)
        r1y = sa * (-1.2620587423023988) + ca * (0.15722668659641342)
        r2x = cb * (1.6027887369842992) - sb * (-0.14793204384539627)
        r2y = sb * (1.6027887369842992) + cb * (-0.14793204384539627)
        lj[3360 + g], lj[3552 + g], lj[3744 + g], lj[3936 + g] = r1x, r1y, r2x, r2y
        k11 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1y * r1y + (0.17010946366789667) * r2y * r2y
        k12 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k21 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k22 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1x * r1x + (0.17010946366789667) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2208 + g] = det * k22
        lj[2592 + g] = -det * k12
        lj[2400 + g] = -det * k21
        lj[2784 + g] = det * k11
        lj[2976 + g] = 1.0 / ((0.23156635340884965) + (0.17010946366789667))
        mf = lj[480 + g] if lj[1632 + g] != 0.0 else 0.0
        lj[480 + g] = mf
        angle = lb[640 + g] - lb[608 + g] - (2.09438311816829)
        lower, upper = lj[1248 + g], lj[1440 + g]
        old_state, lf = lj[2016 + g], lj[672 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1824 + g] != 0.0
        lj[2016 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[672 + g] = lf
        pfx, pfy = lj[96 + g], lj[288 + g]
        lb[896 + g] = lb[896 + g] - 0.04 * (0.2597402597402597) * pfx
        lb[1184 + g] = lb[1184 + g] - 0.04 * (0.2597402597402597) * pfy
        lb[1472 + g] = lb[1472 + g] - 0.04 * (0.23156635340884965) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[928 + g] = lb[928 + g] + 0.04 * (0.21621621621621623) * pfx
        lb[1216 + g] = lb[1216 + g] + 0.04 * (0.21621621621621623) * pfy
        lb[1504 + g] = lb[1504 + g] + 0.04 * (0.17010946366789667) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[864 + g] = 0.0
    for g in range(16):
        ca, sa, cb, sb = lb[2960 + g], lb[3248 + g], lb[2928 + g], lb[3216 + g]
        r1x = ca * (2.0031668711363886) - sa * (0.29778450493880393)
        r1y = sa * (2.0031668711363886) + ca * (0.29778450493880393)
        r2x = cb * (-2.039930985466258) - sb * (-0.06884320616201656)
        r2y = sb * (-2.039930985466258) + cb * (-0.06884320616201656)
        lj[3392 + g], lj[3584 + g], lj[3776 + g], lj[3968 + g] = r1x, r1y, r2x, r2y
        k11 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1y * r1y + (0.04027180109757439) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1x * r1x + (0.04027180109757439) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2240 + g] = det * k22
        lj[2624 + g] = -det * k12
        lj[2432 + g] = -det * k21
        lj[2816 + g] = det * k11
        lj[3008 + g] = 1.0 / ((0.05871559633027523) + (0.04027180109757439))
        mf = lj[512 + g] if lj[1664 + g] != 0.0 else 0.0
        lj[512 + g] = mf
        angle = lb[624 + g] - lb[656 + g] - (-0.3953113764119829)
        lower, upper = lj[1280 + g], lj[1472 + g]
        old_state, lf = lj[2048 + g], lj[704 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1856 + g] != 0.0
        lj[2048 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[704 + g] = lf
        pfx, pfy = lj[128 + g], lj[320 + g]
        lb[944 + g] = lb[944 + g] - 0.04 * (0.13333333333333333) * pfx
        lb[1232 + g] = lb[1232 + g] - 0.04 * (0.13333333333333333) * pfy
        lb[1520 + g] = lb[1520 + g] - 0.04 * (0.05871559633027523) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[912 + g] = lb[912 + g] + 0.04 * (0.09900990099009901) * pfx
        lb[1200 + g] = lb[1200 + g] + 0.04 * (0.09900990099009901) * pfy
        lb[1488 + g] = lb[1488 + g] + 0.04 * (0.04027180109757439) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[896 + g] = 0.0
    for g in range(16):
        ca, sa, cb, sb = lb[2976 + g], lb[3264 + g], lb[2960 + g], lb[3248 + g]
        r1x = ca * (-0.6270934582479109) - sa * (-0.06637286435491148)
        r1y = sa * (-0.6270934582479109) + ca * (-0.06637286435491148)
        r2x = cb * (-2.425382538900126) - sb * (0.13895539751438638)
        r2y = sb * (-2.425382538900126) + cb * (0.13895539751438638)
        lj[3424 + g], lj[3616 + g], lj[3808 + g], lj[4000 + g] = r1x, r1y, r2x, r2y
        k11 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2272 + g] = det * k22
        lj[2656 + g] = -det * k12
        lj[2464 + g] = -det * k21
        lj[2848 + g] = det * k11
        lj[3040 + g] = 1.0 / ((0.1204272910821709) + (0.05871559633027523))
        mf = lj[544 + g] if lj[1696 + g] != 0.0 else 0.0
        lj[544 + g] = mf
        angle = lb[656 + g] - lb[672 + g] - (-1.7244327585010226)
        lower, upper = lj[1312 + g], lj[1504 + g]
        old_state, lf = lj[2080 + g], lj[736 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1888 + g] != 0.0
        lj[2080 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[736 + g] = lf
        pfx, pfy = lj[160 + g], lj[352 + g]
        lb[960 + g] = lb[960 + g] - 0.04 * (0.09144947416552353) * pfx
        lb[1248 + g] = lb[1248 + g] - 0.04 * (0.09144947416552353) * pfy
        lb[1536 + g] = lb[1536 + g] - 0.04 * (0.1204272910821709) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[944 + g] = lb[944 + g] + 0.04 * (0.13333333333333333) * pfx
        lb[1232 + g] = lb[1232 + g] + 0.04 * (0.13333333333333333) * pfy
        lb[1520 + g] = lb[1520 + g] + 0.04 * (0.05871559633027523) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[928 + g] = 0.0
    for g in range(16):
        ca, sa, cb, sb = lb[3040 + g], lb[3328 + g], lb[3024 + g], lb[3312 + g]
        r1x = ca * (-0.7779783144804977) - sa * (-0.20811593451266924)
        r1y = sa * (-0.7779783144804977) + ca * (-0.20811593451266924)
        r2x = cb * (-2.2591139640195603) - sb * (0.08142886510219238)
        r2y = sb * (-2.2591139640195603) + cb * (0.08142886510219238)
        lj[3440 + g], lj[3632 + g], lj[3824 + g], lj[4016 + g] = r1x, r1y, r2x, r2y
        k11 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[2288 + g] = det * k22
        lj[2672 + g] = -det * k12
        lj[2480 + g] = -det * k21
        lj[2864 + g] = det * k11
        lj[3056 + g] = 1.0 / ((0.10877949071482061) + (0.05871559633027523))
        mf = lj[560 + g] if lj[1712 + g] != 0.0 else 0.0
        lj[560 + g] = mf
        angle = lb[720 + g] - lb[736 + g] - (-1.5708045825942758)
        lower, upper = lj[1328 + g], lj[1520 + g]
        old_state, lf = lj[2096 + g], lj[752 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[1904 + g] != 0.0
        lj[2096 + g] = state if limit else old_state
        lf = lf if limit & keep else 0.0
        lj[752 + g] = lf
        pfx, pfy = lj[176 + g], lj[368 + g]
        lb[1024 + g] = lb[1024 + g] - 0.04 * (0.08514261387824605) * pfx
        lb[1312 + g] = lb[1312 + g] - 0.04 * (0.08514261387824605) * pfy
        lb[1600 + g] = lb[1600 + g] - 0.04 * (0.10877949071482061) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[1008 + g] = lb[1008 + g] + 0.04 * (0.13333333333333333) * pfx
        lb[1296 + g] = lb[1296 + g] + 0.04 * (0.13333333333333333) * pfy
        lb[1584 + g] = lb[1584 + g] + 0.04 * (0.05871559633027523) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[944 + g] = 0.0



@njit(cache=True, _nrt=False, error_model='numpy')
def velocity_sweep_all(lb, lj):
    for g in range(16):
        r1x, r1y, r2x, r2y = lj[3408 + g], lj[3600 + g], lj[3792 + g], lj[3984 + g]
        vxa, vya, wa = lb[1008 + g], lb[1296 + g], lb[1584 + g]
        vxb, vyb, wb = lb[1040 + g], lb[1328 + g], lb[1616 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2256 + g] * cdx + lj[2640 + g] * cdy)
        fy = -25.0 * (lj[2448 + g] * cdx + lj[2832 + g] * cdy)
        lj[144 + g] = lj[144 + g] + fx
        lj[336 + g] = lj[336 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.13333333333333333) * px
        vya = vya - (0.13333333333333333) * py
        wa = wa - (0.05871559633027523) * (r1x * py - r1y * px)
        vxb = vxb + (0.09433962264150944) * px
        vyb = vyb + (0.09433962264150944) * py
        wb = wb + (0.03527813872540085) * (r2x * py - r2y * px)
        state = lj[2064 + g]
        motor = (lj[1680 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1104 + g]
        force = -25.0 * lj[3024 + g] * cdot
        old = lj[528 + g]
        new = old + force
        new = new if new < (3000.0) else (3000.0)
        new = -(3000.0) if -(3000.0) > new else new
        lj[528 + g] = new if motor else old
        force = new - old
        wa = wa - (0.05871559633027523) * 0.04 * force if motor else wa
        wb = wb + (0.03527813872540085) * 0.04 * force if motor else wb
        limit = (lj[1872 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[3024 + g] * cdot
        old = lj[720 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[720 + g] = new if limit else old
        lb[1008 + g], lb[1296 + g], lb[1040 + g], lb[1328 + g] = vxa, vya, vxb, vyb
        lb[1584 + g] = wa - (0.05871559633027523) * 0.04 * force if limit else wa
        lb[1616 + g] = wb + (0.03527813872540085) * 0.04 * force if limit else wb
    for g in range(16):
        r1x, r1y, r2x, r2y = lj[3344 + g], lj[3536 + g], lj[3728 + g], lj[3920 + g]
        vxa, vya, wa = lb[1040 + g], lb[1328 + g], lb[1616 + g]
        vxb, vyb, wb = lb[864 + g], lb[1152 + g], lb[1440 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2192 + g] * cdx + lj[2576 + g] * cdy)
        fy = -25.0 * (lj[2384 + g] * cdx + lj[2768 + g] * cdy)
        lj[80 + g] = lj[80 + g] + fx
        lj[272 + g] = lj[272 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09433962264150944) * px
        vya = vya - (0.09433962264150944) * py
        wa = wa - (0.03527813872540085) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[2000 + g]
        motor = (lj[1616 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1040 + g]
        force = -25.0 * lj[2960 + g] * cdot
        old = lj[464 + g]
        new = old + force
        new = new if new < (6000.0) else (6000.0)
        new = -(6000.0) if -(6000.0) > new else new
        lj[464 + g] = new if motor else old
        force = new - old
        wa = wa - (0.03527813872540085) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[1808 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2960 + g] * cdot
        old = lj[656 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[656 + g] = new if limit else old
        lb[1040 + g], lb[1328 + g], lb[864 + g], lb[1152 + g] = vxa, vya, vxb, vyb
        lb[1616 + g] = wa - (0.03527813872540085) * 0.04 * force if limit else wa
        lb[1440 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(16):
        r1x, r1y, r2x, r2y = lj[3328 + g], lj[3520 + g], lj[3712 + g], lj[3904 + g]
        vxa, vya, wa = lb[912 + g], lb[1200 + g], lb[1488 + g]
        vxb, vyb, wb = lb[864 + g], lb[1152 + g], lb[1440 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2176 + g] * cdx + lj[2560 + g] * cdy)
        fy = -25.0 * (lj[2368 + g] * cdx + lj[2752 + g] * cdy)
        lj[64 + g] = lj[64 + g] + fx
        lj[256 + g] = lj[256 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09900990099009901) * px
        vya = vya - (0.09900990099009901) * py
        wa = wa - (0.04027180109757439) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[1984 + g]
        motor = (lj[1600 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1024 + g]
        force = -25.0 * lj[2944 + g] * cdot
        old = lj[448 + g]
        new = old + force
        new = new if new < (6000.0) else (6000.0)
        new = -(6000.0) if -(6000.0) > new else new
        lj[448 + g] = new if motor else old
        force = new - old
        wa = wa - (0.04027180109757439) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[1792 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2944 + g] * cdot
        old = lj[640 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[640 + g] = new if limit else old
        lb[912 + g], lb[1200 + g], lb[864 + g], lb[1152 + g] = vxa, vya, vxb, vyb
        lb[1488 + g] = wa - (0.04027180109757439) * 0.04 * force if limit else wa
        lb[1440 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(16):
        r1x, r1y, r2x, r2y = lj[3312 + g], lj[3504 + g], lj[3696 + g], lj[3888 + g]
        vxa, vya, wa = lb[928 + g], lb[1216 + g], lb[1504 + g]
        vxb, vyb, wb = lb[864 + g], lb[1152 + g], lb[1440 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2160 + g] * cdx + lj[2544 + g] * cdy)
        fy = -25.0 * (lj[2352 + g] * cdx + lj[2736 + g] * cdy)
        lj[48 + g] = lj[48 + g] + fx
        lj[240 + g] = lj[240 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.21621621621621623) * px
        vya = vya - (0.21621621621621623) * py
        wa = wa - (0.17010946366789667) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[1968 + g]
        motor = (lj[1584 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1008 + g]
        force = -25.0 * lj[2928 + g] * cdot
        old = lj[432 + g]
        new = old + force
        new = new if new < (1000.0) else (1000.0)
        new = -(1000.0) if -(1000.0) > new else new
        lj[432 + g] = new if motor else old
        force = new - old
        wa = wa - (0.17010946366789667) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[1776 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2928 + g] * cdot
        old = lj[624 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[624 + g] = new if limit else old
        lb[928 + g], lb[1216 + g], lb[864 + g], lb[1152 + g] = vxa, vya, vxb, vyb
        lb[1504 + g] = wa - (0.17010946366789667) * 0.04 * force if limit else wa
        lb[1440 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(16):
        r1x, r1y, r2x, r2y = lj[3296 + g], lj[3488 + g], lj[3680 + g], lj[3872 + g]
        vxa, vya, wa = lb[992 + g], lb[1280 + g], lb[1568 + g]
        vxb, vyb, wb = lb[864 + g], lb[1152 + g], lb[1440 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2144 + g] * cdx + lj[2528 + g] * cdy)
        fy = -25.0 * (lj[2336 + g] * cdx + lj[2720 + g] * cdy)
        lj[32 + g] = lj[32 + g] + fx
        lj[224 + g] = lj[224 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.17094017094017094) * px
        vya = vya - (0.17094017094017094) * py
        wa = wa - (0.1174846535671278) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[1952 + g]
        motor = (lj[1568 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[992 + g]
        force = -25.0 * lj[2912 + g] * cdot
        old = lj[416 + g]
        new = old + force
        new = new if new < (1000.0) else (1000.0)
        new = -(1000.0) if -(1000.0) > new else new
        lj[416 + g] = new if motor else old
        force = new - old
        wa = wa - (0.1174846535671278) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[1760 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2912 + g] * cdot
        old = lj[608 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[608 + g] = new if limit else old
        lb[992 + g], lb[1280 + g], lb[864 + g], lb[1152 + g] = vxa, vya, vxb, vyb
        lb[1568 + g] = wa - (0.1174846535671278) * 0.04 * force if limit else wa
        lb[1440 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(16):
        r1x, r1y, r2x, r2y = lj[3280 + g], lj[3472 + g], lj[3664 + g], lj[3856 + g]
        vxa, vya, wa = lb[880 + g], lb[1168 + g], lb[1456 + g]
        vxb, vyb, wb = lb[864 + g], lb[1152 + g], lb[1440 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2128 + g] * cdx + lj[2512 + g] * cdy)
        fy = -25.0 * (lj[2320 + g] * cdx + lj[2704 + g] * cdy)
        lj[16 + g] = lj[16 + g] + fx
        lj[208 + g] = lj[208 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.17551557700745943) * px
        vya = vya - (0.17551557700745943) * py
        wa = wa - (0.18086620215453098) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[1936 + g]
        motor = (lj[1552 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[976 + g]
        force = -25.0 * lj[2896 + g] * cdot
        old = lj[400 + g]
        new = old + force
        new = new if new < (0.0) else (0.0)
        new = -(0.0) if -(0.0) > new else new
        lj[400 + g] = new if motor else old
        force = new - old
        wa = wa - (0.18086620215453098) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[1744 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2896 + g] * cdot
        old = lj[592 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[592 + g] = new if limit else old
        lb[880 + g], lb[1168 + g], lb[864 + g], lb[1152 + g] = vxa, vya, vxb, vyb
        lb[1456 + g] = wa - (0.18086620215453098) * 0.04 * force if limit else wa
        lb[1440 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(16):
        r1x, r1y, r2x, r2y = lj[3376 + g], lj[3568 + g], lj[3760 + g], lj[3952 + g]
        vxa, vya, wa = lb[976 + g], lb[1264 + g], lb[1552 + g]
        vxb, vyb, wb = lb[992 + g], lb[1280 + g], lb[1568 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2224 + g] * cdx + lj[2608 + g] * cdy)
        fy = -25.0 * (lj[2416 + g] * cdx + lj[2800 + g] * cdy)
        lj[112 + g] = lj[112 + g] + fx
        lj[304 + g] = lj[304 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.16645859342488556) * px
        vya = vya - (0.16645859342488556) * py
        wa = wa - (0.09237008652479196) * (r1x * py - r1y * px)
        vxb = vxb + (0.17094017094017094) * px
        vyb = vyb + (0.17094017094017094) * py
        wb = wb + (0.1174846535671278) * (r2x * py - r2y * px)
        state = lj[2032 + g]
        motor = (lj[1648 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1072 + g]
        force = -25.0 * lj[2992 + g] * cdot
        old = lj[496 + g]
        new = old + force
        new = new if new < (0.0) else (0.0)
        new = -(0.0) if -(0.0) > new else new
        lj[496 + g] = new if motor else old
        force = new - old
        wa = wa - (0.09237008652479196) * 0.04 * force if motor else wa
        wb = wb + (0.1174846535671278) * 0.04 * force if motor else wb
        limit = (lj[1840 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2992 + g] * cdot
        old = lj[688 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[688 + g] = new if limit else old
        lb[976 + g], lb[1264 + g], lb[992 + g], lb[1280 + g] = vxa, vya, vxb, vyb
        lb[1552 + g] = wa - (0.09237008652479196) * 0.04 * force if limit else wa
        lb[1568 + g] = wb + (0.1174846535671278) * 0.04 * force if limit else wb
    for g in range(16):
        r1x, r1y, r2x, r2y = lj[3360 + g], lj[3552 + g], lj[3744 + g], lj[3936 + g]
        vxa, vya, wa = lb[896 + g], lb[1184 + g], lb[1472 + g]
        vxb, vyb, wb = lb[928 + g], lb[1216 + g], lb[1504 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2208 + g] * cdx + lj[2592 + g] * cdy)
        fy = -25.0 * (lj[2400 + g] * cdx + lj[2784 + g] * cdy)
        lj[96 + g] = lj[96 + g] + fx
        lj[288 + g] = lj[288 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.2597402597402597) * px
        vya = vya - (0.2597402597402597) * py
        wa = wa - (0.23156635340884965) * (r1x * py - r1y * px)
        vxb = vxb + (0.21621621621621623) * px
        vyb = vyb + (0.21621621621621623) * py
        wb = wb + (0.17010946366789667) * (r2x * py - r2y * px)
        state = lj[2016 + g]
        motor = (lj[1632 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1056 + g]
        force = -25.0 * lj[2976 + g] * cdot
        old = lj[480 + g]
        new = old + force
        new = new if new < (0.0) else (0.0)
        new = -(0.0) if -(0.0) > new else new
        lj[480 + g] = new if motor else old
        force = new - old
        wa = wa - (0.23156635340884965) * 0.04 * force if motor else wa
        wb = wb + (0.17010946366789667) * 0.04 * force if motor else wb
        limit = (lj[1824 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[2976 + g] * cdot
        old = lj[672 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[672 + g] = new if limit else old
        lb[896 + g], lb[1184 + g], lb[928 + g], lb[1216 + g] = vxa, vya, vxb, vyb
        lb[1472 + g] = wa - (0.23156635340884965) * 0.04 * force if limit else wa
        lb[1504 + g] = wb + (0.17010946366789667) * 0.04 * force if limit else wb
    for g in range(16):
        r1x, r1y, r2x, r2y = lj[3392 + g], lj[3584 + g], lj[3776 + g], lj[3968 + g]
        vxa, vya, wa = lb[944 + g], lb[1232 + g], lb[1520 + g]
        vxb, vyb, wb = lb[912 + g], lb[1200 + g], lb[1488 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2240 + g] * cdx + lj[2624 + g] * cdy)
        fy = -25.0 * (lj[2432 + g] * cdx + lj[2816 + g] * cdy)
        lj[128 + g] = lj[128 + g] + fx
        lj[320 + g] = lj[320 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.13333333333333333) * px
        vya = vya - (0.13333333333333333) * py
        wa = wa - (0.05871559633027523) * (r1x * py - r1y * px)
        vxb = vxb + (0.09900990099009901) * px
        vyb = vyb + (0.09900990099009901) * py
        wb = wb + (0.04027180109757439) * (r2x * py - r2y * px)
        state = lj[2048 + g]
        motor = (lj[1664 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1088 + g]
        force = -25.0 * lj[3008 + g] * cdot
        old = lj[512 + g]
        new = old + force
        new = new if new < (3000.0) else (3000.0)
        new = -(3000.0) if -(3000.0) > new else new
        lj[512 + g] = new if motor else old
        force = new - old
        wa = wa - (0.05871559633027523) * 0.04 * force if motor else wa
        wb = wb + (0.04027180109757439) * 0.04 * force if motor else wb
        limit = (lj[1856 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[3008 + g] * cdot
        old = lj[704 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[704 + g] = new if limit else old
        lb[944 + g], lb[1232 + g], lb[912 + g], lb[1200 + g] = vxa, vya, vxb, vyb
        lb[1520 + g] = wa - (0.05871559633027523) * 0.04 * force if limit else wa
        lb[1488 + g] = wb + (0.04027180109757439) * 0.04 * force if limit else wb
    for g in range(16):
        r1x, r1y, r2x, r2y = lj[3424 + g], lj[3616 + g], lj[3808 + g], lj[4000 + g]
        vxa, vya, wa = lb[960 + g], lb[1248 + g], lb[1536 + g]
        vxb, vyb, wb = lb[944 + g], lb[1232 + g], lb[1520 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2272 + g] * cdx + lj[2656 + g] * cdy)
        fy = -25.0 * (lj[2464 + g] * cdx + lj[2848 + g] * cdy)
        lj[160 + g] = lj[160 + g] + fx
        lj[352 + g] = lj[352 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09144947416552353) * px
        vya = vya - (0.09144947416552353) * py
        wa = wa - (0.1204272910821709) * (r1x * py - r1y * px)
        vxb = vxb + (0.13333333333333333) * px
        vyb = vyb + (0.13333333333333333) * py
        wb = wb + (0.05871559633027523) * (r2x * py - r2y * px)
        state = lj[2080 + g]
        motor = (lj[1696 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1120 + g]
        force = -25.0 * lj[3040 + g] * cdot
        old = lj[544 + g]
        new = old + force
        new = new if new < (2000.0) else (2000.0)
        new = -(2000.0) if -(2000.0) > new else new
        lj[544 + g] = new if motor else old
        force = new - old
        wa = wa - (0.1204272910821709) * 0.04 * force if motor else wa
        wb = wb + (0.05871559633027523) * 0.04 * force if motor else wb
        limit = (lj[1888 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[3040 + g] * cdot
        old = lj[736 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[736 + g] = new if limit else old
        lb[960 + g], lb[1248 + g], lb[944 + g], lb[1232 + g] = vxa, vya, vxb, vyb
        lb[1536 + g] = wa - (0.1204272910821709) * 0.04 * force if limit else wa
        lb[1520 + g] = wb + (0.05871559633027523) * 0.04 * force if limit else wb
    for g in range(16):
        r1x, r1y, r2x, r2y = lj[3440 + g], lj[3632 + g], lj[3824 + g], lj[4016 + g]
        vxa, vya, wa = lb[1024 + g], lb[1312 + g], lb[1600 + g]
        vxb, vyb, wb = lb[1008 + g], lb[1296 + g], lb[1584 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[2288 + g] * cdx + lj[2672 + g] * cdy)
        fy = -25.0 * (lj[2480 + g] * cdx + lj[2864 + g] * cdy)
        lj[176 + g] = lj[176 + g] + fx
        lj[368 + g] = lj[368 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.08514261387824605) * px
        vya = vya - (0.08514261387824605) * py
        wa = wa - (0.10877949071482061) * (r1x * py - r1y * px)
        vxb = vxb + (0.13333333333333333) * px
        vyb = vyb + (0.13333333333333333) * py
        wb = wb + (0.05871559633027523) * (r2x * py - r2y * px)
        state = lj[2096 + g]
        motor = (lj[1712 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[1136 + g]
        force = -25.0 * lj[3056 + g] * cdot
        old = lj[560 + g]
        new = old + force
        new = new if new < (2000.0) else (2000.0)
        new = -(2000.0) if -(2000.0) > new else new
        lj[560 + g] = new if motor else old
        force = new - old
        wa = wa - (0.10877949071482061) * 0.04 * force if motor else wa
        wb = wb + (0.05871559633027523) * 0.04 * force if motor else wb
        limit = (lj[1904 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[3056 + g] * cdot
        old = lj[752 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[752 + g] = new if limit else old
        lb[1024 + g], lb[1312 + g], lb[1008 + g], lb[1296 + g] = vxa, vya, vxb, vyb
        lb[1600 + g] = wa - (0.10877949071482061) * 0.04 * force if limit else wa
        lb[1584 + g] = wb + (0.05871559633027523) * 0.04 * force if limit else wb


@njit(cache=True, _nrt=False, error_model='numpy')
def position_sweep(lb, lj):
    for g in range(16):
        ca, sa, cb, sb = lb[3024 + g], lb[3312 + g], lb[3056 + g], lb[3344 + g]
        r1x = ca * (1.9464226250774301) - sa * (0.23026118775573867)
        r1y = sa * (1.9464226250774301) + ca * (0.23026118775573867)
        r2x = cb * (2.0958596632699917) - sb * (0.29461641905670727)
        r2y = sb * (2.0958596632699917) + cb * (0.29461641905670727)
        k11 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1y * r1y + (0.03527813872540085) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1x * r1x + (0.03527813872540085) * r2x * r2x
        cxa, cya, anga = lb[144 + g], lb[432 + g], lb[720 + g]
        cxb, cyb, angb = lb[176 + g], lb[464 + g], lb[752 + g]
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
        state = lj[2064 + g]
        limit = (lj[1872 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (2.2893406247158676)
        mass = lj[3024 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[912 + g]
        cl = angle - lj[1296 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1488 + g]
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
        act = lb[8352 + g] != 0.0
        lj[912 + g] = new if limit & act else old
        anga = anga - (0.05871559633027523) * impulse if limit else anga
        angb = angb + (0.03527813872540085) * impulse if limit else angb
        lb[144 + g] = cxa if act else lb[144 + g]
        lb[432 + g] = cya if act else lb[432 + g]
        lb[176 + g] = cxb if act else lb[176 + g]
        lb[464 + g] = cyb if act else lb[464 + g]
        lb[720 + g] = anga if act else lb[720 + g]
        lb[752 + g] = angb if act else lb[752 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5328] != 0.0:
        for g in range(16):
            lb[3312 + g], lb[3024 + g] = _own_sincos(lb[720 + g])
            lb[3344 + g], lb[3056 + g] = _own_sincos(lb[752 + g])
    else:
        _glibc_rotations(lb, 9, 11)
    for g in range(16):
        ca, sa, cb, sb = lb[3056 + g], lb[3344 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (-2.0961942262183917) - sa * (0.18536556036297194)
        r1y = sa * (-2.0961942262183917) + ca * (0.18536556036297194)
        r2x = cb * (-2.162191390759836) - sb * (-0.6165265219145436)
        r2y = sb * (-2.162191390759836) + cb * (-0.6165265219145436)
        k11 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[176 + g], lb[464 + g], lb[752 + g]
        cxb, cyb, angb = lb[0 + g], lb[288 + g], lb[576 + g]
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
        state = lj[2000 + g]
        limit = (lj[1808 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-2.719359381718199)
        mass = lj[2960 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[848 + g]
        cl = angle - lj[1232 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1424 + g]
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
        act = lb[8352 + g] != 0.0
        lj[848 + g] = new if limit & act else old
        anga = anga - (0.03527813872540085) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[176 + g] = cxa if act else lb[176 + g]
        lb[464 + g] = cya if act else lb[464 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[288 + g] = cyb if act else lb[288 + g]
        lb[752 + g] = anga if act else lb[752 + g]
        lb[576 + g] = angb if act else lb[576 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5360] != 0.0:
        for g in range(16):
            lb[3344 + g], lb[3056 + g] = _own_sincos(lb[752 + g])
            lb[3168 + g], lb[2880 + g] = _own_sincos(lb[576 + g])
    else:
        _glibc_rotations(lb, 11, 0)
    for g in range(16):
        ca, sa, cb, sb = lb[2928 + g], lb[3216 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (1.5149934600879298) - sa * (0.10302974517488483)
        r1y = sa * (1.5149934600879298) + ca * (0.10302974517488483)
        r2x = cb * (-2.1617729534350554) - sb * (0.17997450596313957)
        r2y = sb * (-2.1617729534350554) + cb * (0.17997450596313957)
        k11 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[48 + g], lb[336 + g], lb[624 + g]
        cxb, cyb, angb = lb[0 + g], lb[288 + g], lb[576 + g]
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
        state = lj[1984 + g]
        limit = (lj[1792 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (0.7258477508944043)
        mass = lj[2944 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[832 + g]
        cl = angle - lj[1216 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1408 + g]
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
        act = lb[8352 + g] != 0.0
        lj[832 + g] = new if limit & act else old
        anga = anga - (0.04027180109757439) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[48 + g] = cxa if act else lb[48 + g]
        lb[336 + g] = cya if act else lb[336 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[288 + g] = cyb if act else lb[288 + g]
        lb[624 + g] = anga if act else lb[624 + g]
        lb[576 + g] = angb if act else lb[576 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5232] != 0.0:
        for g in range(16):
            lb[3216 + g], lb[2928 + g] = _own_sincos(lb[624 + g])
            lb[3168 + g], lb[2880 + g] = _own_sincos(lb[576 + g])
    else:
        _glibc_rotations(lb, 3, 0)
    for g in range(16):
        ca, sa, cb, sb = lb[2944 + g], lb[3232 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (-1.06207890966549) - sa * (0.17409394631566927)
        r1y = sa * (-1.06207890966549) + ca * (0.17409394631566927)
        r2x = cb * (1.9283425691848988) - sb * (0.5346402981158307)
        r2y = sb * (1.9283425691848988) + cb * (0.5346402981158307)
        k11 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[64 + g], lb[352 + g], lb[640 + g]
        cxb, cyb, angb = lb[0 + g], lb[288 + g], lb[576 + g]
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
        state = lj[1968 + g]
        limit = (lj[1776 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-2.09438311816829)
        mass = lj[2928 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[816 + g]
        cl = angle - lj[1200 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1392 + g]
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
        act = lb[8352 + g] != 0.0
        lj[816 + g] = new if limit & act else old
        anga = anga - (0.17010946366789667) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[64 + g] = cxa if act else lb[64 + g]
        lb[352 + g] = cya if act else lb[352 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[288 + g] = cyb if act else lb[288 + g]
        lb[640 + g] = anga if act else lb[640 + g]
        lb[576 + g] = angb if act else lb[576 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5248] != 0.0:
        for g in range(16):
            lb[3232 + g], lb[2944 + g] = _own_sincos(lb[640 + g])
            lb[3168 + g], lb[2880 + g] = _own_sincos(lb[576 + g])
    else:
        _glibc_rotations(lb, 4, 0)
    for g in range(16):
        ca, sa, cb, sb = lb[3008 + g], lb[3296 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (1.2001841231501342) - sa * (0.014095940491621661)
        r1y = sa * (1.2001841231501342) + ca * (0.014095940491621661)
        r2x = cb * (2.0154692227269657) - sb * (-0.963716471396211)
        r2y = sb * (2.0154692227269657) + cb * (-0.963716471396211)
        k11 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[128 + g], lb[416 + g], lb[704 + g]
        cxb, cyb, angb = lb[0 + g], lb[288 + g], lb[576 + g]
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
        state = lj[1952 + g]
        limit = (lj[1760 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-0.7853907065463961)
        mass = lj[2912 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[800 + g]
        cl = angle - lj[1184 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1376 + g]
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
        act = lb[8352 + g] != 0.0
        lj[800 + g] = new if limit & act else old
        anga = anga - (0.1174846535671278) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[128 + g] = cxa if act else lb[128 + g]
        lb[416 + g] = cya if act else lb[416 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[288 + g] = cyb if act else lb[288 + g]
        lb[704 + g] = anga if act else lb[704 + g]
        lb[576 + g] = angb if act else lb[576 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5312] != 0.0:
        for g in range(16):
            lb[3296 + g], lb[3008 + g] = _own_sincos(lb[704 + g])
            lb[3168 + g], lb[2880 + g] = _own_sincos(lb[576 + g])
    else:
        _glibc_rotations(lb, 8, 0)
    for g in range(16):
        ca, sa, cb, sb = lb[2896 + g], lb[3184 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (-0.22839485113389013) - sa * (1.1126087775923434)
        r1y = sa * (-0.22839485113389013) + ca * (1.1126087775923434)
        r2x = cb * (2.859519853416241) - sb * (0.1894010834667077)
        r2y = sb * (2.859519853416241) + cb * (0.1894010834667077)
        k11 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[16 + g], lb[304 + g], lb[592 + g]
        cxb, cyb, angb = lb[0 + g], lb[288 + g], lb[576 + g]
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
        state = lj[1936 + g]
        limit = (lj[1744 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.308996406363529)
        mass = lj[2896 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[784 + g]
        cl = angle - lj[1168 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1360 + g]
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
        act = lb[8352 + g] != 0.0
        lj[784 + g] = new if limit & act else old
        anga = anga - (0.18086620215453098) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[16 + g] = cxa if act else lb[16 + g]
        lb[304 + g] = cya if act else lb[304 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[288 + g] = cyb if act else lb[288 + g]
        lb[592 + g] = anga if act else lb[592 + g]
        lb[576 + g] = angb if act else lb[576 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5200] != 0.0:
        for g in range(16):
            lb[3184 + g], lb[2896 + g] = _own_sincos(lb[592 + g])
            lb[3168 + g], lb[2880 + g] = _own_sincos(lb[576 + g])
    else:
        _glibc_rotations(lb, 1, 0)
    for g in range(16):
        ca, sa, cb, sb = lb[2992 + g], lb[3280 + g], lb[3008 + g], lb[3296 + g]
        r1x = ca * (1.786878910753607) - sa * (-0.0875161173956252)
        r1y = sa * (1.786878910753607) + ca * (-0.0875161173956252)
        r2x = cb * (-1.3780071636887363) - sb * (0.014064825719664498)
        r2y = sb * (-1.3780071636887363) + cb * (0.014064825719664498)
        k11 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1y * r1y + (0.1174846535671278) * r2y * r2y
        k12 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k21 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k22 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1x * r1x + (0.1174846535671278) * r2x * r2x
        cxa, cya, anga = lb[112 + g], lb[400 + g], lb[688 + g]
        cxb, cyb, angb = lb[128 + g], lb[416 + g], lb[704 + g]
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
        state = lj[2032 + g]
        limit = (lj[1840 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (1.2968199012274688)
        mass = lj[2992 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[880 + g]
        cl = angle - lj[1264 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1456 + g]
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
        act = lb[8352 + g] != 0.0
        lj[880 + g] = new if limit & act else old
        anga = anga - (0.09237008652479196) * impulse if limit else anga
        angb = angb + (0.1174846535671278) * impulse if limit else angb
        lb[112 + g] = cxa if act else lb[112 + g]
        lb[400 + g] = cya if act else lb[400 + g]
        lb[128 + g] = cxb if act else lb[128 + g]
        lb[416 + g] = cyb if act else lb[416 + g]
        lb[688 + g] = anga if act else lb[688 + g]
        lb[704 + g] = angb if act else lb[704 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5296] != 0.0:
        for g in range(16):
            lb[3280 + g], lb[2992 + g] = _own_sincos(lb[688 + g])
            lb[3296 + g], lb[3008 + g] = _own_sincos(lb[704 + g])
    else:
        _glibc_rotations(lb, 7, 8)
    for g in range(16):
        ca, sa, cb, sb = lb[2912 + g], lb[3200 + g], lb[2944 + g], lb[3232 + g]
        r1x = ca * (-1.2620587423023988) - sa * (0.15722668659641342)
        r1y = sa * (-1.2620587423023988) + ca * (0.15722668659641342)
        r2x = cb * (1.6027887369842992) - sb * (-0.14793204384539627)
        r2y = sb * (1.6027887369842992) + cb * (-0.14793204384539627)
        k11 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1y * r1y + (0.17010946366789667) * r2y * r2y
        k12 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k21 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k22 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1x * r1x + (0.17010946366789667) * r2x * r2x
        cxa, cya, anga = lb[32 + g], lb[320 + g], lb[608 + g]
        cxb, cyb, angb = lb[64 + g], lb[352 + g], lb[640 + g]
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
        state = lj[2016 + g]
        limit = (lj[1824 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (2.09438311816829)
        mass = lj[2976 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[864 + g]
        cl = angle - lj[1248 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1440 + g]
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
        act = lb[8352 + g] != 0.0
        lj[864 + g] = new if limit & act else old
        anga = anga - (0.23156635340884965) * impulse if limit else anga
        angb = angb + (0.17010946366789667) * impulse if limit else angb
        lb[32 + g] = cxa if act else lb[32 + g]
        lb[320 + g] = cya if act else lb[320 + g]
        lb[64 + g] = cxb if act else lb[64 + g]
        lb[352 + g] = cyb if act else lb[352 + g]
        lb[608 + g] = anga if act else lb[608 + g]
        lb[640 + g] = angb if act else lb[640 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5216] != 0.0:
        for g in range(16):
            lb[3200 + g], lb[2912 + g] = _own_sincos(lb[608 + g])
            lb[3232 + g], lb[2944 + g] = _own_sincos(lb[640 + g])
    else:
        _glibc_rotations(lb, 2, 4)
    for g in range(16):
        ca, sa, cb, sb = lb[2960 + g], lb[3248 + g], lb[2928 + g], lb[3216 + g]
        r1x = ca * (2.0031668711363886) - sa * (0.29778450493880393)
        r1y = sa * (2.0031668711363886) + ca * (0.29778450493880393)
        r2x = cb * (-2.039930985466258) - sb * (-0.06884320616201656)
        r2y = sb * (-2.039930985466258) + cb * (-0.06884320616201656)
        k11 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1y * r1y + (0.04027180109757439) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1x * r1x + (0.04027180109757439) * r2x * r2x
        cxa, cya, anga = lb[80 + g], lb[368 + g], lb[656 + g]
        cxb, cyb, angb = lb[48 + g], lb[336 + g], lb[624 + g]
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
        state = lj[2048 + g]
        limit = (lj[1856 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-0.3953113764119829)
        mass = lj[3008 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[896 + g]
        cl = angle - lj[1280 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1472 + g]
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
        act = lb[8352 + g] != 0.0
        lj[896 + g] = new if limit & act else old
        anga = anga - (0.05871559633027523) * impulse if limit else anga
        angb = angb + (0.04027180109757439) * impulse if limit else angb
        lb[80 + g] = cxa if act else lb[80 + g]
        lb[368 + g] = cya if act else lb[368 + g]
        lb[48 + g] = cxb if act else lb[48 + g]
        lb[336 + g] = cyb if act else lb[336 + g]
        lb[656 + g] = anga if act else lb[656 + g]
        lb[624 + g] = angb if act else lb[624 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5264] != 0.0:
        for g in range(16):
            lb[3248 + g], lb[2960 + g] = _own_sincos(lb[656 + g])
            lb[3216 + g], lb[2928 + g] = _own_sincos(lb[624 + g])
    else:
        _glibc_rotations(lb, 5, 3)
    for g in range(16):
        ca, sa, cb, sb = lb[2976 + g], lb[3264 + g], lb[2960 + g], lb[3248 + g]
        r1x = ca * (-0.6270934582479109) - sa * (-0.06637286435491148)
        r1y = sa * (-0.6270934582479109) + ca * (-0.06637286435491148)
        r2x = cb * (-2.425382538900126) - sb * (0.13895539751438638)
        r2y = sb * (-2.425382538900126) + cb * (0.13895539751438638)
        k11 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        cxa, cya, anga = lb[96 + g], lb[384 + g], lb[672 + g]
        cxb, cyb, angb = lb[80 + g], lb[368 + g], lb[656 + g]
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
        state = lj[2080 + g]
        limit = (lj[1888 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.7244327585010226)
        mass = lj[3040 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[928 + g]
        cl = angle - lj[1312 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1504 + g]
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
        act = lb[8352 + g] != 0.0
        lj[928 + g] = new if limit & act else old
        anga = anga - (0.1204272910821709) * impulse if limit else anga
        angb = angb + (0.05871559633027523) * impulse if limit else angb
        lb[96 + g] = cxa if act else lb[96 + g]
        lb[384 + g] = cya if act else lb[384 + g]
        lb[80 + g] = cxb if act else lb[80 + g]
        lb[368 + g] = cyb if act else lb[368 + g]
        lb[672 + g] = anga if act else lb[672 + g]
        lb[656 + g] = angb if act else lb[656 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5280] != 0.0:
        for g in range(16):
            lb[3264 + g], lb[2976 + g] = _own_sincos(lb[672 + g])
            lb[3248 + g], lb[2960 + g] = _own_sincos(lb[656 + g])
    else:
        _glibc_rotations(lb, 6, 5)
    for g in range(16):
        ca, sa, cb, sb = lb[3040 + g], lb[3328 + g], lb[3024 + g], lb[3312 + g]
        r1x = ca * (-0.7779783144804977) - sa * (-0.20811593451266924)
        r1y = sa * (-0.7779783144804977) + ca * (-0.20811593451266924)
        r2x = cb * (-2.2591139640195603) - sb * (0.08142886510219238)
        r2y = sb * (-2.2591139640195603) + cb * (0.08142886510219238)
        k11 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        cxa, cya, anga = lb[160 + g], lb[448 + g], lb[736 + g]
        cxb, cyb, angb = lb[144 + g], lb[432 + g], lb[720 + g]
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
        state = lj[2096 + g]
        limit = (lj[1904 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.5708045825942758)
        mass = lj[3056 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[944 + g]
        cl = angle - lj[1328 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1520 + g]
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
        act = lb[8352 + g] != 0.0
        lj[944 + g] = new if limit & act else old
        anga = anga - (0.10877949071482061) * impulse if limit else anga
        angb = angb + (0.05871559633027523) * impulse if limit else angb
        lb[160 + g] = cxa if act else lb[160 + g]
        lb[448 + g] = cya if act else lb[448 + g]
        lb[144 + g] = cxb if act else lb[144 + g]
        lb[432 + g] = cyb if act else lb[432 + g]
        lb[736 + g] = anga if act else lb[736 + g]
        lb[720 + g] = angb if act else lb[720 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5344] != 0.0:
        for g in range(16):
            lb[3328 + g], lb[3040 + g] = _own_sincos(lb[736 + g])
            lb[3312 + g], lb[3024 + g] = _own_sincos(lb[720 + g])
    else:
        _glibc_rotations(lb, 10, 9)


@njit(cache=True, _nrt=False, error_model='numpy')
def position_sweep_all(lb, lj):
    for g in range(16):
        ca, sa, cb, sb = lb[3024 + g], lb[3312 + g], lb[3056 + g], lb[3344 + g]
        r1x = ca * (1.9464226250774301) - sa * (0.23026118775573867)
        r1y = sa * (1.9464226250774301) + ca * (0.23026118775573867)
        r2x = cb * (2.0958596632699917) - sb * (0.29461641905670727)
        r2y = sb * (2.0958596632699917) + cb * (0.29461641905670727)
        k11 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1y * r1y + (0.03527813872540085) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1x * r1x + (0.03527813872540085) * r2x * r2x
        cxa, cya, anga = lb[144 + g], lb[432 + g], lb[720 + g]
        cxb, cyb, angb = lb[176 + g], lb[464 + g], lb[752 + g]
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
        state = lj[2064 + g]
        limit = (lj[1872 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (2.2893406247158676)
        mass = lj[3024 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[912 + g]
        cl = angle - lj[1296 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1488 + g]
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
        lj[912 + g] = new if limit & act else old
        anga = anga - (0.05871559633027523) * impulse if limit else anga
        angb = angb + (0.03527813872540085) * impulse if limit else angb
        lb[144 + g] = cxa if act else lb[144 + g]
        lb[432 + g] = cya if act else lb[432 + g]
        lb[176 + g] = cxb if act else lb[176 + g]
        lb[464 + g] = cyb if act else lb[464 + g]
        lb[720 + g] = anga if act else lb[720 + g]
        lb[752 + g] = angb if act else lb[752 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5328] != 0.0:
        for g in range(16):
            lb[3312 + g], lb[3024 + g] = _own_sincos(lb[720 + g])
            lb[3344 + g], lb[3056 + g] = _own_sincos(lb[752 + g])
    else:
        _glibc_rotations(lb, 9, 11)
    for g in range(16):
        ca, sa, cb, sb = lb[3056 + g], lb[3344 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (-2.0961942262183917) - sa * (0.18536556036297194)
        r1y = sa * (-2.0961942262183917) + ca * (0.18536556036297194)
        r2x = cb * (-2.162191390759836) - sb * (-0.6165265219145436)
        r2y = sb * (-2.162191390759836) + cb * (-0.6165265219145436)
        k11 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[176 + g], lb[464 + g], lb[752 + g]
        cxb, cyb, angb = lb[0 + g], lb[288 + g], lb[576 + g]
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
        state = lj[2000 + g]
        limit = (lj[1808 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-2.719359381718199)
        mass = lj[2960 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[848 + g]
        cl = angle - lj[1232 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1424 + g]
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
        lj[848 + g] = new if limit & act else old
        anga = anga - (0.03527813872540085) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[176 + g] = cxa if act else lb[176 + g]
        lb[464 + g] = cya if act else lb[464 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[288 + g] = cyb if act else lb[288 + g]
        lb[752 + g] = anga if act else lb[752 + g]
        lb[576 + g] = angb if act else lb[576 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5360] != 0.0:
        for g in range(16):
            lb[3344 + g], lb[3056 + g] = _own_sincos(lb[752 + g])
            lb[3168 + g], lb[2880 + g] = _own_sincos(lb[576 + g])
    else:
        _glibc_rotations(lb, 11, 0)
    for g in range(16):
        ca, sa, cb, sb = lb[2928 + g], lb[3216 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (1.5149934600879298) - sa * (0.10302974517488483)
        r1y = sa * (1.5149934600879298) + ca * (0.10302974517488483)
        r2x = cb * (-2.1617729534350554) - sb * (0.17997450596313957)
        r2y = sb * (-2.1617729534350554) + cb * (0.17997450596313957)
        k11 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[48 + g], lb[336 + g], lb[624 + g]
        cxb, cyb, angb = lb[0 + g], lb[288 + g], lb[576 + g]
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
        state = lj[1984 + g]
        limit = (lj[1792 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (0.7258477508944043)
        mass = lj[2944 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[832 + g]
        cl = angle - lj[1216 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1408 + g]
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
        lj[832 + g] = new if limit & act else old
        anga = anga - (0.04027180109757439) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[48 + g] = cxa if act else lb[48 + g]
        lb[336 + g] = cya if act else lb[336 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[288 + g] = cyb if act else lb[288 + g]
        lb[624 + g] = anga if act else lb[624 + g]
        lb[576 + g] = angb if act else lb[576 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5232] != 0.0:
        for g in range(16):
            lb[3216 + g], lb[2928 + g] = _own_sincos(lb[624 + g])
            lb[3168 + g], lb[2880 + g] = _own_sincos(lb[576 + g])
    else:
        _glibc_rotations(lb, 3, 0)
    for g in range(16):
        ca, sa, cb, sb = lb[2944 + g], lb[3232 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (-1.06207890966549) - sa * (0.17409394631566927)
        r1y = sa * (-1.06207890966549) + ca * (0.17409394631566927)
        r2x = cb * (1.9283425691848988) - sb * (0.5346402981158307)
        r2y = sb * (1.9283425691848988) + cb * (0.5346402981158307)
        k11 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[64 + g], lb[352 + g], lb[640 + g]
        cxb, cyb, angb = lb[0 + g], lb[288 + g], lb[576 + g]
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
        state = lj[1968 + g]
        limit = (lj[1776 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-2.09438311816829)
        mass = lj[2928 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[816 + g]
        cl = angle - lj[1200 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1392 + g]
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
        lj[816 + g] = new if limit & act else old
        anga = anga - (0.17010946366789667) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[64 + g] = cxa if act else lb[64 + g]
        lb[352 + g] = cya if act else lb[352 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[288 + g] = cyb if act else lb[288 + g]
        lb[640 + g] = anga if act else lb[640 + g]
        lb[576 + g] = angb if act else lb[576 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5248] != 0.0:
        for g in range(16):
            lb[3232 + g], lb[2944 + g] = _own_sincos(lb[640 + g])
            lb[3168 + g], lb[2880 + g] = _own_sincos(lb[576 + g])
    else:
        _glibc_rotations(lb, 4, 0)
    for g in range(16):
        ca, sa, cb, sb = lb[3008 + g], lb[3296 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (1.2001841231501342) - sa * (0.014095940491621661)
        r1y = sa * (1.2001841231501342) + ca * (0.014095940491621661)
        r2x = cb * (2.0154692227269657) - sb * (-0.963716471396211)
        r2y = sb * (2.0154692227269657) + cb * (-0.963716471396211)
        k11 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[128 + g], lb[416 + g], lb[704 + g]
        cxb, cyb, angb = lb[0 + g], lb[288 + g], lb[576 + g]
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
        state = lj[1952 + g]
        limit = (lj[1760 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-0.7853907065463961)
        mass = lj[2912 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[800 + g]
        cl = angle - lj[1184 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1376 + g]
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
        lj[800 + g] = new if limit & act else old
        anga = anga - (0.1174846535671278) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[128 + g] = cxa if act else lb[128 + g]
        lb[416 + g] = cya if act else lb[416 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[288 + g] = cyb if act else lb[288 + g]
        lb[704 + g] = anga if act else lb[704 + g]
        lb[576 + g] = angb if act else lb[576 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5312] != 0.0:
        for g in range(16):
            lb[3296 + g], lb[3008 + g] = _own_sincos(lb[704 + g])
            lb[3168 + g], lb[2880 + g] = _own_sincos(lb[576 + g])
    else:
        _glibc_rotations(lb, 8, 0)
    for g in range(16):
        ca, sa, cb, sb = lb[2896 + g], lb[3184 + g], lb[2880 + g], lb[3168 + g]
        r1x = ca * (-0.22839485113389013) - sa * (1.1126087775923434)
        r1y = sa * (-0.22839485113389013) + ca * (1.1126087775923434)
        r2x = cb * (2.859519853416241) - sb * (0.1894010834667077)
        r2y = sb * (2.859519853416241) + cb * (0.1894010834667077)
        k11 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[16 + g], lb[304 + g], lb[592 + g]
        cxb, cyb, angb = lb[0 + g], lb[288 + g], lb[576 + g]
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
        state = lj[1936 + g]
        limit = (lj[1744 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.308996406363529)
        mass = lj[2896 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[784 + g]
        cl = angle - lj[1168 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1360 + g]
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
        lj[784 + g] = new if limit & act else old
        anga = anga - (0.18086620215453098) * impulse if limit else anga
        angb = angb + (0.012598303677779489) * impulse if limit else angb
        lb[16 + g] = cxa if act else lb[16 + g]
        lb[304 + g] = cya if act else lb[304 + g]
        lb[0 + g] = cxb if act else lb[0 + g]
        lb[288 + g] = cyb if act else lb[288 + g]
        lb[592 + g] = anga if act else lb[592 + g]
        lb[576 + g] = angb if act else lb[576 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5200] != 0.0:
        for g in range(16):
            lb[3184 + g], lb[2896 + g] = _own_sincos(lb[592 + g])
            lb[3168 + g], lb[2880 + g] = _own_sincos(lb[576 + g])
    else:
        _glibc_rotations(lb, 1, 0)
    for g in range(16):
        ca, sa, cb, sb = lb[2992 + g], lb[3280 + g], lb[3008 + g], lb[3296 + g]
        r1x = ca * (1.786878910753607) - sa * (-0.0875161173956252)
        r1y = sa * (1.786878910753607) + ca * (-0.0875161173956252)
        r2x = cb * (-1.3780071636887363) - sb * (0.014064825719664498)
        r2y = sb * (-1.3780071636887363) + cb * (0.014064825719664498)
        k11 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1y * r1y + (0.1174846535671278) * r2y * r2y
        k12 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k21 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k22 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1x * r1x + (0.1174846535671278) * r2x * r2x
        cxa, cya, anga = lb[112 + g], lb[400 + g], lb[688 + g]
        cxb, cyb, angb = lb[128 + g], lb[416 + g], lb[704 + g]
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
        state = lj[2032 + g]
        limit = (lj[1840 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (1.2968199012274688)
        mass = lj[2992 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[880 + g]
        cl = angle - lj[1264 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1456 + g]
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
        lj[880 + g] = new if limit & act else old
        anga = anga - (0.09237008652479196) * impulse if limit else anga
        angb = angb + (0.1174846535671278) * impulse if limit else angb
        lb[112 + g] = cxa if act else lb[112 + g]
        lb[400 + g] = cya if act else lb[400 + g]
        lb[128 + g] = cxb if act else lb[128 + g]
        lb[416 + g] = cyb if act else lb[416 + g]
        lb[688 + g] = anga if act else lb[688 + g]
        lb[704 + g] = angb if act else lb[704 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5296] != 0.0:
        for g in range(16):
            lb[3280 + g], lb[2992 + g] = _own_sincos(lb[688 + g])
            lb[3296 + g], lb[3008 + g] = _own_sincos(lb[704 + g])
    else:
        _glibc_rotations(lb, 7, 8)
    for g in range(16):
        ca, sa, cb, sb = lb[2912 + g], lb[3200 + g], lb[2944 + g], lb[3232 + g]
        r1x = ca * (-1.2620587423023988) - sa * (0.15722668659641342)
        r1y = sa * (-1.2620587423023988) + ca * (0.15722668659641342)
        r2x = cb * (1.6027887369842992) - sb * (-0.14793204384539627)
        r2y = sb * (1.6027887369842992) + cb * (-0.14793204384539627)
        k11 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1y * r1y + (0.17010946366789667) * r2y * r2y
        k12 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k21 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k22 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1x * r1x + (0.17010946366789667) * r2x * r2x
        cxa, cya, anga = lb[32 + g], lb[320 + g], lb[608 + g]
        cxb, cyb, angb = lb[64 + g], lb[352 + g], lb[640 + g]
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
        state = lj[2016 + g]
        limit = (lj[1824 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (2.09438311816829)
        mass = lj[2976 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[864 + g]
        cl = angle - lj[1248 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1440 + g]
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
        lj[864 + g] = new if limit & act else old
        anga = anga - (0.23156635340884965) * impulse if limit else anga
        angb = angb + (0.17010946366789667) * impulse if limit else angb
        lb[32 + g] = cxa if act else lb[32 + g]
        lb[320 + g] = cya if act else lb[320 + g]
        lb[64 + g] = cxb if act else lb[64 + g]
        lb[352 + g] = cyb if act else lb[352 + g]
        lb[608 + g] = anga if act else lb[608 + g]
        lb[640 + g] = angb if act else lb[640 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5216] != 0.0:
        for g in range(16):
            lb[3200 + g], lb[2912 + g] = _own_sincos(lb[608 + g])
            lb[3232 + g], lb[2944 + g] = _own_sincos(lb[640 + g])
    else:
        _glibc_rotations(lb, 2, 4)
    for g in range(16):
        ca, sa, cb, sb = lb[2960 + g], lb[3248 + g], lb[2928 + g], lb[3216 + g]
        r1x = ca * (2.0031668711363886) - sa * (0.29778450493880393)
        r1y = sa * (2.0031668711363886) + ca * (0.29778450493880393)
        r2x = cb * (-2.039930985466258) - sb * (-0.06884320616201656)
        r2y = sb * (-2.039930985466258) + cb * (-0.06884320616201656)
        k11 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1y * r1y + (0.04027180109757439) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1x * r1x + (0.04027180109757439) * r2x * r2x
        cxa, cya, anga = lb[80 + g], lb[368 + g], lb[656 + g]
        cxb, cyb, angb = lb[48 + g], lb[336 + g], lb[624 + g]
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
        state = lj[2048 + g]
        limit = (lj[1856 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-0.3953113764119829)
        mass = lj[3008 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[896 + g]
        cl = angle - lj[1280 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1472 + g]
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
        lj[896 + g] = new if limit & act else old
        anga = anga - (0.05871559633027523) * impulse if limit else anga
        angb = angb + (0.04027180109757439) * impulse if limit else angb
        lb[80 + g] = cxa if act else lb[80 + g]
        lb[368 + g] = cya if act else lb[368 + g]
        lb[48 + g] = cxb if act else lb[48 + g]
        lb[336 + g] = cyb if act else lb[336 + g]
        lb[656 + g] = anga if act else lb[656 + g]
        lb[624 + g] = angb if act else lb[624 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5264] != 0.0:
        for g in range(16):
            lb[3248 + g], lb[2960 + g] = _own_sincos(lb[656 + g])
            lb[3216 + g], lb[2928 + g] = _own_sincos(lb[624 + g])
    else:
        _glibc_rotations(lb, 5, 3)
    for g in range(16):
        ca, sa, cb, sb = lb[2976 + g], lb[3264 + g], lb[2960 + g], lb[3248 + g]
        r1x = ca * (-0.6270934582479109) - sa * (-0.06637286435491148)
        r1y = sa * (-0.6270934582479109) + ca * (-0.06637286435491148)
        r2x = cb * (-2.425382538900126) - sb * (0.13895539751438638)
        r2y = sb * (-2.425382538900126) + cb * (0.13895539751438638)
        k11 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        cxa, cya, anga = lb[96 + g], lb[384 + g], lb[672 + g]
        cxb, cyb, angb = lb[80 + g], lb[368 + g], lb[656 + g]
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
        state = lj[2080 + g]
        limit = (lj[1888 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.7244327585010226)
        mass = lj[3040 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[928 + g]
        cl = angle - lj[1312 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1504 + g]
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
        lj[928 + g] = new if limit & act else old
        anga = anga - (0.1204272910821709) * impulse if limit else anga
        angb = angb + (0.05871559633027523) * impulse if limit else angb
        lb[96 + g] = cxa if act else lb[96 + g]
        lb[384 + g] = cya if act else lb[384 + g]
        lb[80 + g] = cxb if act else lb[80 + g]
        lb[368 + g] = cyb if act else lb[368 + g]
        lb[672 + g] = anga if act else lb[672 + g]
        lb[656 + g] = angb if act else lb[656 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5280] != 0.0:
        for g in range(16):
            lb[3264 + g], lb[2976 + g] = _own_sincos(lb[672 + g])
            lb[3248 + g], lb[2960 + g] = _own_sincos(lb[656 + g])
    else:
        _glibc_rotations(lb, 6, 5)
    for g in range(16):
        ca, sa, cb, sb = lb[3040 + g], lb[3328 + g], lb[3024 + g], lb[3312 + g]
        r1x = ca * (-0.7779783144804977) - sa * (-0.20811593451266924)
        r1y = sa * (-0.7779783144804977) + ca * (-0.20811593451266924)
        r2x = cb * (-2.2591139640195603) - sb * (0.08142886510219238)
        r2y = sb * (-2.2591139640195603) + cb * (0.08142886510219238)
        k11 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        cxa, cya, anga = lb[160 + g], lb[448 + g], lb[736 + g]
        cxb, cyb, angb = lb[144 + g], lb[432 + g], lb[720 + g]
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
        state = lj[2096 + g]
        limit = (lj[1904 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.5708045825942758)
        mass = lj[3056 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[944 + g]
        cl = angle - lj[1328 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[1520 + g]
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
        lj[944 + g] = new if limit & act else old
        anga = anga - (0.10877949071482061) * impulse if limit else anga
        angb = angb + (0.05871559633027523) * impulse if limit else angb
        lb[160 + g] = cxa if act else lb[160 + g]
        lb[448 + g] = cya if act else lb[448 + g]
        lb[144 + g] = cxb if act else lb[144 + g]
        lb[432 + g] = cyb if act else lb[432 + g]
        lb[736 + g] = anga if act else lb[736 + g]
        lb[720 + g] = angb if act else lb[720 + g]
        ok = (position_error <= 0.005) & (angular_error <= 0.03490658503988659)
        lb[8640 + g] = 1.0 if ok & (lb[8640 + g] != 0.0) else 0.0
    if lb[5344] != 0.0:
        for g in range(16):
            lb[3328 + g], lb[3040 + g] = _own_sincos(lb[736 + g])
            lb[3312 + g], lb[3024 + g] = _own_sincos(lb[720 + g])
    else:
        _glibc_rotations(lb, 10, 9)


@njit(cache=True, _nrt=False, error_model='numpy')
def begin_sweep(lb):
    for g in range(16):
        act = lb[8352 + g] != 0.0
        lb[864 + g] = (lb[864 + g] + 0.04 * (0.0 + (0.053569037096558185) * lb[1728 + g])) if act else lb[864 + g]
        lb[1152 + g] = (lb[1152 + g] + 0.04 * (10.0 + (0.053569037096558185) * lb[2016 + g])) if act else lb[1152 + g]
        lb[1440 + g] = (lb[1440 + g] + 0.04 * (0.012598303677779489) * lb[2304 + g]) if act else lb[1440 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        lb[880 + g] = (lb[880 + g] + 0.04 * (0.0 + (0.17551557700745943) * lb[1744 + g])) if act else lb[880 + g]
        lb[1168 + g] = (lb[1168 + g] + 0.04 * (10.0 + (0.17551557700745943) * lb[2032 + g])) if act else lb[1168 + g]
        lb[1456 + g] = (lb[1456 + g] + 0.04 * (0.18086620215453098) * lb[2320 + g]) if act else lb[1456 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        lb[896 + g] = (lb[896 + g] + 0.04 * (0.0 + (0.2597402597402597) * lb[1760 + g])) if act else lb[896 + g]
        lb[1184 + g] = (lb[1184 + g] + 0.04 * (10.0 + (0.2597402597402597) * lb[2048 + g])) if act else lb[1184 + g]
        lb[1472 + g] = (lb[1472 + g] + 0.04 * (0.23156635340884965) * lb[2336 + g]) if act else lb[1472 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        lb[912 + g] = (lb[912 + g] + 0.04 * (0.0 + (0.09900990099009901) * lb[1776 + g])) if act else lb[912 + g]
        lb[1200 + g] = (lb[1200 + g] + 0.04 * (10.0 + (0.09900990099009901) * lb[2064 + g])) if act else lb[1200 + g]
        lb[1488 + g] = (lb[1488 + g] + 0.04 * (0.04027180109757439) * lb[2352 + g]) if act else lb[1488 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        lb[928 + g] = (lb[928 + g] + 0.04 * (0.0 + (0.21621621621621623) * lb[1792 + g])) if act else lb[928 + g]
        lb[1216 + g] = (lb[1216 + g] + 0.04 * (10.0 + (0.21621621621621623) * lb[2080 + g])) if act else lb[1216 + g]
        lb[1504 + g] = (lb[1504 + g] + 0.04 * (0.17010946366789667) * lb[2368 + g]) if act else lb[1504 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        lb[944 + g] = (lb[944 + g] + 0.04 * (0.0 + (0.13333333333333333) * lb[1808 + g])) if act else lb[944 + g]
        lb[1232 + g] = (lb[1232 + g] + 0.04 * (10.0 + (0.13333333333333333) * lb[2096 + g])) if act else lb[1232 + g]
        lb[1520 + g] = (lb[1520 + g] + 0.04 * (0.05871559633027523) * lb[2384 + g]) if act else lb[1520 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        lb[960 + g] = (lb[960 + g] + 0.04 * (0.0 + (0.09144947416552353) * lb[1824 + g])) if act else lb[960 + g]
        lb[1248 + g] = (lb[1248 + g] + 0.04 * (10.0 + (0.09144947416552353) * lb[2112 + g])) if act else lb[1248 + g]
        lb[1536 + g] = (lb[1536 + g] + 0.04 * (0.1204272910821709) * lb[2400 + g]) if act else lb[1536 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        lb[976 + g] = (lb[976 + g] + 0.04 * (0.0 + (0.16645859342488556) * lb[1840 + g])) if act else lb[976 + g]
        lb[1264 + g] = (lb[1264 + g] + 0.04 * (10.0 + (0.16645859342488556) * lb[2128 + g])) if act else lb[1264 + g]
        lb[1552 + g] = (lb[1552 + g] + 0.04 * (0.09237008652479196) * lb[2416 + g]) if act else lb[1552 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        lb[992 + g] = (lb[992 + g] + 0.04 * (0.0 + (0.17094017094017094) * lb[1856 + g])) if act else lb[992 + g]
        lb[1280 + g] = (lb[1280 + g] + 0.04 * (10.0 + (0.17094017094017094) * lb[2144 + g])) if act else lb[1280 + g]
        lb[1568 + g] = (lb[1568 + g] + 0.04 * (0.1174846535671278) * lb[2432 + g]) if act else lb[1568 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        lb[1008 + g] = (lb[1008 + g] + 0.04 * (0.0 + (0.13333333333333333) * lb[1872 + g])) if act else lb[1008 + g]
        lb[1296 + g] = (lb[1296 + g] + 0.04 * (10.0 + (0.13333333333333333) * lb[2160 + g])) if act else lb[1296 + g]
        lb[1584 + g] = (lb[1584 + g] + 0.04 * (0.05871559633027523) * lb[2448 + g]) if act else lb[1584 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        lb[1024 + g] = (lb[1024 + g] + 0.04 * (0.0 + (0.08514261387824605) * lb[1888 + g])) if act else lb[1024 + g]
        lb[1312 + g] = (lb[1312 + g] + 0.04 * (10.0 + (0.08514261387824605) * lb[2176 + g])) if act else lb[1312 + g]
        lb[1600 + g] = (lb[1600 + g] + 0.04 * (0.10877949071482061) * lb[2464 + g]) if act else lb[1600 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        lb[1040 + g] = (lb[1040 + g] + 0.04 * (0.0 + (0.09433962264150944) * lb[1904 + g])) if act else lb[1040 + g]
        lb[1328 + g] = (lb[1328 + g] + 0.04 * (10.0 + (0.09433962264150944) * lb[2192 + g])) if act else lb[1328 + g]
        lb[1616 + g] = (lb[1616 + g] + 0.04 * (0.03527813872540085) * lb[2480 + g]) if act else lb[1616 + g]


@njit(cache=True, _nrt=False, error_model='numpy')
def integrate_sweep(lb):
    for g in range(16):
        act = lb[8352 + g] != 0.0
        vx, vy, w = lb[864 + g], lb[1152 + g], lb[1440 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[864 + g] = (vx) if act else lb[864 + g]
        lb[1152 + g] = (vy) if act else lb[1152 + g]
        lb[1440 + g] = (w) if act else lb[1440 + g]
        lb[3456 + g] = (lb[0 + g]) if act else lb[3456 + g]
        lb[3744 + g] = (lb[288 + g]) if act else lb[3744 + g]
        lb[4032 + g] = (lb[576 + g]) if act else lb[4032 + g]
        lb[4608 + g] = (lb[2880 + g]) if act else lb[4608 + g]
        lb[4896 + g] = (lb[3168 + g]) if act else lb[4896 + g]
        lb[0 + g] = (lb[0 + g] + 0.04 * vx) if act else lb[0 + g]
        lb[288 + g] = (lb[288 + g] + 0.04 * vy) if act else lb[288 + g]
        lb[576 + g] = (lb[576 + g] + 0.04 * w) if act else lb[576 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        vx, vy, w = lb[880 + g], lb[1168 + g], lb[1456 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[880 + g] = (vx) if act else lb[880 + g]
        lb[1168 + g] = (vy) if act else lb[1168 + g]
        lb[1456 + g] = (w) if act else lb[1456 + g]
        lb[3472 + g] = (lb[16 + g]) if act else lb[3472 + g]
        lb[3760 + g] = (lb[304 + g]) if act else lb[3760 + g]
        lb[4048 + g] = (lb[592 + g]) if act else lb[4048 + g]
        lb[4624 + g] = (lb[2896 + g]) if act else lb[4624 + g]
        lb[4912 + g] = (lb[3184 + g]) if act else lb[4912 + g]
        lb[16 + g] = (lb[16 + g] + 0.04 * vx) if act else lb[16 + g]
        lb[304 + g] = (lb[304 + g] + 0.04 * vy) if act else lb[304 + g]
        lb[592 + g] = (lb[592 + g] + 0.04 * w) if act else lb[592 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        vx, vy, w = lb[896 + g], lb[1184 + g], lb[1472 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[896 + g] = (vx) if act else lb[896 + g]
        lb[1184 + g] = (vy) if act else lb[1184 + g]
        lb[1472 + g] = (w) if act else lb[1472 + g]
        lb[3488 + g] = (lb[32 + g]) if act else lb[3488 + g]
        lb[3776 + g] = (lb[320 + g]) if act else lb[3776 + g]
        lb[4064 + g] = (lb[608 + g]) if act else lb[4064 + g]
        lb[4640 + g] = (lb[2912 + g]) if act else lb[4640 + g]
        lb[4928 + g] = (lb[3200 + g]) if act else lb[4928 + g]
        lb[32 + g] = (lb[32 + g] + 0.04 * vx) if act else lb[32 + g]
        lb[320 + g] = (lb[320 + g] + 0.04 * vy) if act else lb[320 + g]
        lb[608 + g] = (lb[608 + g] + 0.04 * w) if act else lb[608 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        vx, vy, w = lb[912 + g], lb[1200 + g], lb[1488 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[912 + g] = (vx) if act else lb[912 + g]
        lb[1200 + g] = (vy) if act else lb[1200 + g]
        lb[1488 + g] = (w) if act else lb[1488 + g]
        lb[3504 + g] = (lb[48 + g]) if act else lb[3504 + g]
        lb[3792 + g] = (lb[336 + g]) if act else lb[3792 + g]
        lb[4080 + g] = (lb[624 + g]) if act else lb[4080 + g]
        lb[4656 + g] = (lb[2928 + g]) if act else lb[4656 + g]
        lb[4944 + g] = (lb[3216 + g]) if act else lb[4944 + g]
        lb[48 + g] = (lb[48 + g] + 0.04 * vx) if act else lb[48 + g]
        lb[336 + g] = (lb[336 + g] + 0.04 * vy) if act else lb[336 + g]
        lb[624 + g] = (lb[624 + g] + 0.04 * w) if act else lb[624 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        vx, vy, w = lb[928 + g], lb[1216 + g], lb[1504 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[928 + g] = (vx) if act else lb[928 + g]
        lb[1216 + g] = (vy) if act else lb[1216 + g]
        lb[1504 + g] = (w) if act else lb[1504 + g]
        lb[3520 + g] = (lb[64 + g]) if act else lb[3520 + g]
        lb[3808 + g] = (lb[352 + g]) if act else lb[3808 + g]
        lb[4096 + g] = (lb[640 + g]) if act else lb[4096 + g]
        lb[4672 + g] = (lb[2944 + g]) if act else lb[4672 + g]
        lb[4960 + g] = (lb[3232 + g]) if act else lb[4960 + g]
        lb[64 + g] = (lb[64 + g] + 0.04 * vx) if act else lb[64 + g]
        lb[352 + g] = (lb[352 + g] + 0.04 * vy) if act else lb[352 + g]
        lb[640 + g] = (lb[640 + g] + 0.04 * w) if act else lb[640 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        vx, vy, w = lb[944 + g], lb[1232 + g], lb[1520 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[944 + g] = (vx) if act else lb[944 + g]
        lb[1232 + g] = (vy) if act else lb[1232 + g]
        lb[1520 + g] = (w) if act else lb[1520 + g]
        lb[3536 + g] = (lb[80 + g]) if act else lb[3536 + g]
        lb[3824 + g] = (lb[368 + g]) if act else lb[3824 + g]
        lb[4112 + g] = (lb[656 + g]) if act else lb[4112 + g]
        lb[4688 + g] = (lb[2960 + g]) if act else lb[4688 + g]
        lb[4976 + g] = (lb[3248 + g]) if act else lb[4976 + g]
        lb[80 + g] = (lb[80 + g] + 0.04 * vx) if act else lb[80 + g]
        lb[368 + g] = (lb[368 + g] + 0.04 * vy) if act else lb[368 + g]
        lb[656 + g] = (lb[656 + g] + 0.04 * w) if act else lb[656 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        vx, vy, w = lb[960 + g], lb[1248 + g], lb[1536 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[960 + g] = (vx) if act else lb[960 + g]
        lb[1248 + g] = (vy) if act else lb[1248 + g]
        lb[1536 + g] = (w) if act else lb[1536 + g]
        lb[3552 + g] = (lb[96 + g]) if act else lb[3552 + g]
        lb[3840 + g] = (lb[384 + g]) if act else lb[3840 + g]
        lb[4128 + g] = (lb[672 + g]) if act else lb[4128 + g]
        lb[4704 + g] = (lb[2976 + g]) if act else lb[4704 + g]
        lb[4992 + g] = (lb[3264 + g]) if act else lb[4992 + g]
        lb[96 + g] = (lb[96 + g] + 0.04 * vx) if act else lb[96 + g]
        lb[384 + g] = (lb[384 + g] + 0.04 * vy) if act else lb[384 + g]
        lb[672 + g] = (lb[672 + g] + 0.04 * w) if act else lb[672 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        vx, vy, w = lb[976 + g], lb[1264 + g], lb[1552 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[976 + g] = (vx) if act else lb[976 + g]
        lb[1264 + g] = (vy) if act else lb[1264 + g]
        lb[1552 + g] = (w) if act else lb[1552 + g]
        lb[3568 + g] = (lb[112 + g]) if act else lb[3568 + g]
        lb[3856 + g] = (lb[400 + g]) if act else lb[3856 + g]
        lb[4144 + g] = (lb[688 + g]) if act else lb[4144 + g]
        lb[4720 + g] = (lb[2992 + g]) if act else lb[4720 + g]
        lb[5008 + g] = (lb[3280 + g]) if act else lb[5008 + g]
        lb[112 + g] = (lb[112 + g] + 0.04 * vx) if act else lb[112 + g]
        lb[400 + g] = (lb[400 + g] + 0.04 * vy) if act else lb[400 + g]
        lb[688 + g] = (lb[688 + g] + 0.04 * w) if act else lb[688 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        vx, vy, w = lb[992 + g], lb[1280 + g], lb[1568 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[992 + g] = (vx) if act else lb[992 + g]
        lb[1280 + g] = (vy) if act else lb[1280 + g]
        lb[1568 + g] = (w) if act else lb[1568 + g]
        lb[3584 + g] = (lb[128 + g]) if act else lb[3584 + g]
        lb[3872 + g] = (lb[416 + g]) if act else lb[3872 + g]
        lb[4160 + g] = (lb[704 + g]) if act else lb[4160 + g]
        lb[4736 + g] = (lb[3008 + g]) if act else lb[4736 + g]
        lb[5024 + g] = (lb[3296 + g]) if act else lb[5024 + g]
        lb[128 + g] = (lb[128 + g] + 0.04 * vx) if act else lb[128 + g]
        lb[416 + g] = (lb[416 + g] + 0.04 * vy) if act else lb[416 + g]
        lb[704 + g] = (lb[704 + g] + 0.04 * w) if act else lb[704 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        vx, vy, w = lb[1008 + g], lb[1296 + g], lb[1584 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[1008 + g] = (vx) if act else lb[1008 + g]
        lb[1296 + g] = (vy) if act else lb[1296 + g]
        lb[1584 + g] = (w) if act else lb[1584 + g]
        lb[3600 + g] = (lb[144 + g]) if act else lb[3600 + g]
        lb[3888 + g] = (lb[432 + g]) if act else lb[3888 + g]
        lb[4176 + g] = (lb[720 + g]) if act else lb[4176 + g]
        lb[4752 + g] = (lb[3024 + g]) if act else lb[4752 + g]
        lb[5040 + g] = (lb[3312 + g]) if act else lb[5040 + g]
        lb[144 + g] = (lb[144 + g] + 0.04 * vx) if act else lb[144 + g]
        lb[432 + g] = (lb[432 + g] + 0.04 * vy) if act else lb[432 + g]
        lb[720 + g] = (lb[720 + g] + 0.04 * w) if act else lb[720 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        vx, vy, w = lb[1024 + g], lb[1312 + g], lb[1600 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[1024 + g] = (vx) if act else lb[1024 + g]
        lb[1312 + g] = (vy) if act else lb[1312 + g]
        lb[1600 + g] = (w) if act else lb[1600 + g]
        lb[3616 + g] = (lb[160 + g]) if act else lb[3616 + g]
        lb[3904 + g] = (lb[448 + g]) if act else lb[3904 + g]
        lb[4192 + g] = (lb[736 + g]) if act else lb[4192 + g]
        lb[4768 + g] = (lb[3040 + g]) if act else lb[4768 + g]
        lb[5056 + g] = (lb[3328 + g]) if act else lb[5056 + g]
        lb[160 + g] = (lb[160 + g] + 0.04 * vx) if act else lb[160 + g]
        lb[448 + g] = (lb[448 + g] + 0.04 * vy) if act else lb[448 + g]
        lb[736 + g] = (lb[736 + g] + 0.04 * w) if act else lb[736 + g]
    for g in range(16):
        act = lb[8352 + g] != 0.0
        vx, vy, w = lb[1040 + g], lb[1328 + g], lb[1616 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[1040 + g] = (vx) if act else lb[1040 + g]
        lb[1328 + g] = (vy) if act else lb[1328 + g]
        lb[1616 + g] = (w) if act else lb[1616 + g]
        lb[3632 + g] = (lb[176 + g]) if act else lb[3632 + g]
        lb[3920 + g] = (lb[464 + g]) if act else lb[3920 + g]
        lb[4208 + g] = (lb[752 + g]) if act else lb[4208 + g]
        lb[4784 + g] = (lb[3056 + g]) if act else lb[4784 + g]
        lb[5072 + g] = (lb[3344 + g]) if act else lb[5072 + g]
        lb[176 + g] = (lb[176 + g] + 0.04 * vx) if act else lb[176 + g]
        lb[464 + g] = (lb[464 + g] + 0.04 * vy) if act else lb[464 + g]
        lb[752 + g] = (lb[752 + g] + 0.04 * w) if act else lb[752 + g]
    if lb[5184] != 0.0:
        for g in range(16):
            lb[3168 + g], lb[2880 + g] = _own_sincos(lb[576 + g])
            lb[3184 + g], lb[2896 + g] = _own_sincos(lb[592 + g])
            lb[3200 + g], lb[2912 + g] = _own_sincos(lb[608 + g])
            lb[3216 + g], lb[2928 + g] = _own_sincos(lb[624 + g])
            lb[3232 + g], lb[2944 + g] = _own_sincos(lb[640 + g])
            lb[3248 + g], lb[2960 + g] = _own_sincos(lb[656 + g])
            lb[3264 + g], lb[2976 + g] = _own_sincos(lb[672 + g])
            lb[3280 + g], lb[2992 + g] = _own_sincos(lb[688 + g])
            lb[3296 + g], lb[3008 + g] = _own_sincos(lb[704 + g])
            lb[3312 + g], lb[3024 + g] = _own_sincos(lb[720 + g])
            lb[3328 + g], lb[3040 + g] = _own_sincos(lb[736 + g])
            lb[3344 + g], lb[3056 + g] = _own_sincos(lb[752 + g])
    else:
        _glibc_rotations(lb, 0, 1)
        _glibc_rotations(lb, 2, 3)
        _glibc_rotations(lb, 4, 5)
        _glibc_rotations(lb, 6, 7)
        _glibc_rotations(lb, 8, 9)
        _glibc_rotations(lb, 10, 11)


@njit(cache=True, _nrt=False, error_model='numpy')
def settle_sweep(lb):
    for g in range(16):
        least = MAX_VALUE
        vx, vy, w = lb[864 + g], lb[1152 + g], lb[1440 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[2592 + g] + 0.04
        lb[2592 + g] = sleep if lb[8352 + g] != 0.0 else lb[2592 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[880 + g], lb[1168 + g], lb[1456 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[2608 + g] + 0.04
        lb[2608 + g] = sleep if lb[8352 + g] != 0.0 else lb[2608 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[896 + g], lb[1184 + g], lb[1472 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[2624 + g] + 0.04
        lb[2624 + g] = sleep if lb[8352 + g] != 0.0 else lb[2624 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[912 + g], lb[1200 + g], lb[1488 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[2640 + g] + 0.04
        lb[2640 + g] = sleep if lb[8352 + g] != 0.0 else lb[2640 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[928 + g], lb[1216 + g], lb[1504 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[2656 + g] + 0.04
        lb[2656 + g] = sleep if lb[8352 + g] != 0.0 else lb[2656 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[944 + g], lb[1232 + g], lb[1520 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[2672 + g] + 0.04
        lb[2672 + g] = sleep if lb[8352 + g] != 0.0 else lb[2672 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[960 + g], lb[1248 + g], lb[1536 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[2688 + g] + 0.04
        lb[2688 + g] = sleep if lb[8352 + g] != 0.0 else lb[2688 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[976 + g], lb[1264 + g], lb[1552 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[2704 + g] + 0.04
        lb[2704 + g] = sleep if lb[8352 + g] != 0.0 else lb[2704 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[992 + g], lb[1280 + g], lb[1568 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[2720 + g] + 0.04
        lb[2720 + g] = sleep if lb[8352 + g] != 0.0 else lb[2720 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[1008 + g], lb[1296 + g], lb[1584 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[2736 + g] + 0.04
        lb[2736 + g] = sleep if lb[8352 + g] != 0.0 else lb[2736 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[1024 + g], lb[1312 + g], lb[1600 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[2752 + g] + 0.04
        lb[2752 + g] = sleep if lb[8352 + g] != 0.0 else lb[2752 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[1040 + g], lb[1328 + g], lb[1616 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        sleep = 0.0 if moving else lb[2768 + g] + 0.04
        lb[2768 + g] = sleep if lb[8352 + g] != 0.0 else lb[2768 + g]
        least = 0.0 if moving else (least if least < sleep else sleep)
        lb[8640 + g] = 1.0 if least >= 0.5 else 0.0


@njit(cache=True, _nrt=False, error_model='numpy')
def sync_sweep(lb):
    for g in range(16):
        act = (lb[8352 + g] != 0.0) & (lb[5472 + g] != 0.0)
        a, b = lb[4608 + g] * (3.275), lb[4896 + g] * (1.425)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[4896 + g] * (3.275), lb[4608 + g] * (1.425)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[3456 + g] - ex) - 0.005, (lb[3744 + g] - ey) - 0.005
        aux, auy = (lb[3456 + g] + ex) + 0.005, (lb[3744 + g] + ey) + 0.005
        a, b = lb[2880 + g] * (3.275), lb[3168 + g] * (1.425)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[3168 + g] * (3.275), lb[2880 + g] * (1.425)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[0 + g] - ex) - 0.005, (lb[288 + g] - ey) - 0.005
        bux, buy = (lb[0 + g] + ex) + 0.005, (lb[288 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[7200 + g] <= lx) & (lb[7488 + g] <= ly) & (ux <= lb[7776 + g]) & (uy <= lb[8064 + g]))
        dx, dy = lb[0 + g] - lb[3456 + g], lb[288 + g] - lb[3744 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[6048 + g] = lx if act else lb[6048 + g]
        lb[6336 + g] = ly if act else lb[6336 + g]
        lb[6624 + g] = ux if act else lb[6624 + g]
        lb[6912 + g] = uy if act else lb[6912 + g]
        lb[7200 + g] = lx - ex if moved else lb[7200 + g]
        lb[7488 + g] = ly - ey if moved else lb[7488 + g]
        lb[7776 + g] = ux + ex if moved else lb[7776 + g]
        lb[8064 + g] = uy + ey if moved else lb[8064 + g]
        lb[8928 + g] = 1.0 if moved else 0.0
    for g in range(16):
        act = (lb[8352 + g] != 0.0) & (lb[5488 + g] != 0.0)
        a, b = lb[4624 + g] * (1.075), lb[4912 + g] * (1.325)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[4912 + g] * (1.075), lb[4624 + g] * (1.325)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[3472 + g] - ex) - 0.005, (lb[3760 + g] - ey) - 0.005
        aux, auy = (lb[3472 + g] + ex) + 0.005, (lb[3760 + g] + ey) + 0.005
        a, b = lb[2896 + g] * (1.075), lb[3184 + g] * (1.325)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[3184 + g] * (1.075), lb[2896 + g] * (1.325)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[16 + g] - ex) - 0.005, (lb[304 + g] - ey) - 0.005
        bux, buy = (lb[16 + g] + ex) + 0.005, (lb[304 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[7216 + g] <= lx) & (lb[7504 + g] <= ly) & (ux <= lb[7792 + g]) & (uy <= lb[8080 + g]))
        dx, dy = lb[16 + g] - lb[3472 + g], lb[304 + g] - lb[3760 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[6064 + g] = lx if act else lb[6064 + g]
        lb[6352 + g] = ly if act else lb[6352 + g]
        lb[6640 + g] = ux if act else lb[6640 + g]
        lb[6928 + g] = uy if act else lb[6928 + g]
        lb[7216 + g] = lx - ex if moved else lb[7216 + g]
        lb[7504 + g] = ly - ey if moved else lb[7504 + g]
        lb[7792 + g] = ux + ex if moved else lb[7792 + g]
        lb[8080 + g] = uy + ey if moved else lb[8080 + g]
        lb[8944 + g] = 1.0 if moved else 0.0
    for g in range(16):
        act = (lb[8352 + g] != 0.0) & (lb[5504 + g] != 0.0)
        a, b = lb[4640 + g] * (1.75), lb[4928 + g] * (0.55)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[4928 + g] * (1.75), lb[4640 + g] * (0.55)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[3488 + g] - ex) - 0.005, (lb[3776 + g] - ey) - 0.005
        aux, auy = (lb[3488 + g] + ex) + 0.005, (lb[3776 + g] + ey) + 0.005
        a, b = lb[2912 + g] * (1.75), lb[3200 + g] * (0.55)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[3200 + g] * (1.75), lb[2912 + g] * (0.55)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[32 + g] - ex) - 0.005, (lb[320 + g] - ey) - 0.005
        bux, buy = (lb[32 + g] + ex) + 0.005, (lb[320 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[7232 + g] <= lx) & (lb[7520 + g] <= ly) & (ux <= lb[7808 + g]) & (uy <= lb[8096 + g]))
        dx, dy = lb[32 + g] - lb[3488 + g], lb[320 + g] - lb[3776 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[6080 + g] = lx if act else lb[6080 + g]
        lb[6368 + g] = ly if act else lb[6368 + g]
        lb[6656 + g] = ux if act else lb[6656 + g]
        lb[6944 + g] = uy if act else lb[6944 + g]
        lb[7232 + g] = lx - ex if moved else lb[7232 + g]
        lb[7520 + g] = ly - ey if moved else lb[7520 + g]
        lb[7808 + g] = ux + ex if moved else lb[7808 + g]
        lb[8096 + g] = uy + ey if moved else lb[8096 + g]
        lb[8960 + g] = 1.0 if moved else 0.0
    for g in range(16):
        act = (lb[8352 + g] != 0.0) & (lb[5520 + g] != 0.0)
        a, b = lb[4656 + g] * (2.525), lb[4944 + g] * (1.0)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[4944 + g] * (2.525), lb[4656 + g] * (1.0)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[3504 + g] - ex) - 0.005, (lb[3792 + g] - ey) - 0.005
        aux, auy = (lb[3504 + g] + ex) + 0.005, (lb[3792 + g] + ey) + 0.005
        a, b = lb[2928 + g] * (2.525), lb[3216 + g] * (1.0)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[3216 + g] * (2.525), lb[2928 + g] * (1.0)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[48 + g] - ex) - 0.005, (lb[336 + g] - ey) - 0.005
        bux, buy = (lb[48 + g] + ex) + 0.005, (lb[336 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[7248 + g] <= lx) & (lb[7536 + g] <= ly) & (ux <= lb[7824 + g]) & (uy <= lb[8112 + g]))
        dx, dy = lb[48 + g] - lb[3504 + g], lb[336 + g] - lb[3792 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[6096 + g] = lx if act else lb[6096 + g]
        lb[6384 + g] = ly if act else lb[6384 + g]
        lb[6672 + g] = ux if act else lb[6672 + g]
        lb[6960 + g] = uy if act else lb[6960 + g]
        lb[7248 + g] = lx - ex if moved else lb[7248 + g]
        lb[7536 + g] = ly - ey if moved else lb[7536 + g]
        lb[7824 + g] = ux + ex if moved else lb[7824 + g]
        lb[8112 + g] = uy + ey if moved else lb[8112 + g]
        lb[8976 + g] = 1.0 if moved else 0.0
    for g in range(16):
        act = (lb[8352 + g] != 0.0) & (lb[5536 + g] != 0.0)
        a, b = lb[4672 + g] * (1.85), lb[4960 + g] * (0.625)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[4960 + g] * (1.85), lb[4672 + g] * (0.625)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[3520 + g] - ex) - 0.005, (lb[3808 + g] - ey) - 0.005
        aux, auy = (lb[3520 + g] + ex) + 0.005, (lb[3808 + g] + ey) + 0.005
        a, b = lb[2944 + g] * (1.85), lb[3232 + g] * (0.625)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[3232 + g] * (1.85), lb[2944 + g] * (0.625)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[64 + g] - ex) - 0.005, (lb[352 + g] - ey) - 0.005
        bux, buy = (lb[64 + g] + ex) + 0.005, (lb[352 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[7264 + g] <= lx) & (lb[7552 + g] <= ly) & (ux <= lb[7840 + g]) & (uy <= lb[8128 + g]))
        dx, dy = lb[64 + g] - lb[3520 + g], lb[352 + g] - lb[3808 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[6112 + g] = lx if act else lb[6112 + g]
        lb[6400 + g] = ly if act else lb[6400 + g]
        lb[6688 + g] = ux if act else lb[6688 + g]
        lb[6976 + g] = uy if act else lb[6976 + g]
        lb[7264 + g] = lx - ex if moved else lb[7264 + g]
        lb[7552 + g] = ly - ey if moved else lb[7552 + g]
        lb[7840 + g] = ux + ex if moved else lb[7840 + g]
        lb[8128 + g] = uy + ey if moved else lb[8128 + g]
        lb[8992 + g] = 1.0 if moved else 0.0
    for g in range(16):
        act = (lb[8352 + g] != 0.0) & (lb[5552 + g] != 0.0)
        a, b = lb[4688 + g] * (2.5), lb[4976 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[4976 + g] * (2.5), lb[4688 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[3536 + g] - ex) - 0.005, (lb[3824 + g] - ey) - 0.005
        aux, auy = (lb[3536 + g] + ex) + 0.005, (lb[3824 + g] + ey) + 0.005
        a, b = lb[2960 + g] * (2.5), lb[3248 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[3248 + g] * (2.5), lb[2960 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[80 + g] - ex) - 0.005, (lb[368 + g] - ey) - 0.005
        bux, buy = (lb[80 + g] + ex) + 0.005, (lb[368 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[7280 + g] <= lx) & (lb[7568 + g] <= ly) & (ux <= lb[7856 + g]) & (uy <= lb[8144 + g]))
        dx, dy = lb[80 + g] - lb[3536 + g], lb[368 + g] - lb[3824 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[6128 + g] = lx if act else lb[6128 + g]
        lb[6416 + g] = ly if act else lb[6416 + g]
        lb[6704 + g] = ux if act else lb[6704 + g]
        lb[6992 + g] = uy if act else lb[6992 + g]
        lb[7280 + g] = lx - ex if moved else lb[7280 + g]
        lb[7568 + g] = ly - ey if moved else lb[7568 + g]
        lb[7856 + g] = ux + ex if moved else lb[7856 + g]
        lb[8144 + g] = uy + ey if moved else lb[8144 + g]
        lb[9008 + g] = 1.0 if moved else 0.0
    for g in range(16):
        act = (lb[8352 + g] != 0.0) & (lb[5568 + g] != 0.0)
        a, b = lb[4704 + g] * (1.35), lb[4992 + g] * (0.675)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[4992 + g] * (1.35), lb[4704 + g] * (0.675)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[3552 + g] - ex) - 0.005, (lb[3840 + g] - ey) - 0.005
        aux, auy = (lb[3552 + g] + ex) + 0.005, (lb[3840 + g] + ey) + 0.005
        a, b = lb[2976 + g] * (1.35), lb[3264 + g] * (0.675)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[3264 + g] * (1.35), lb[2976 + g] * (0.675)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[96 + g] - ex) - 0.005, (lb[384 + g] - ey) - 0.005
        bux, buy = (lb[96 + g] + ex) + 0.005, (lb[384 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[7296 + g] <= lx) & (lb[7584 + g] <= ly) & (ux <= lb[7872 + g]) & (uy <= lb[8160 + g]))
        dx, dy = lb[96 + g] - lb[3552 + g], lb[384 + g] - lb[3840 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[6144 + g] = lx if act else lb[6144 + g]
        lb[6432 + g] = ly if act else lb[6432 + g]
        lb[6720 + g] = ux if act else lb[6720 + g]
        lb[7008 + g] = uy if act else lb[7008 + g]
        lb[7296 + g] = lx - ex if moved else lb[7296 + g]
        lb[7584 + g] = ly - ey if moved else lb[7584 + g]
        lb[7872 + g] = ux + ex if moved else lb[7872 + g]
        lb[8160 + g] = uy + ey if moved else lb[8160 + g]
        lb[9024 + g] = 1.0 if moved else 0.0
    for g in range(16):
        act = (lb[8352 + g] != 0.0) & (lb[5584 + g] != 0.0)
        a, b = lb[4720 + g] * (2.225), lb[5008 + g] * (0.675)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[5008 + g] * (2.225), lb[4720 + g] * (0.675)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[3568 + g] - ex) - 0.005, (lb[3856 + g] - ey) - 0.005
        aux, auy = (lb[3568 + g] + ex) + 0.005, (lb[3856 + g] + ey) + 0.005
        a, b = lb[2992 + g] * (2.225), lb[3280 + g] * (0.675)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[3280 + g] * (2.225), lb[2992 + g] * (0.675)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[112 + g] - ex) - 0.005, (lb[400 + g] - ey) - 0.005
        bux, buy = (lb[112 + g] + ex) + 0.005, (lb[400 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[7312 + g] <= lx) & (lb[7600 + g] <= ly) & (ux <= lb[7888 + g]) & (uy <= lb[8176 + g]))
        dx, dy = lb[112 + g] - lb[3568 + g], lb[400 + g] - lb[3856 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[6160 + g] = lx if act else lb[6160 + g]
        lb[6448 + g] = ly if act else lb[6448 + g]
        lb[6736 + g] = ux if act else lb[6736 + g]
        lb[7024 + g] = uy if act else lb[7024 + g]
        lb[7312 + g] = lx - ex if moved else lb[7312 + g]
        lb[7600 + g] = ly - ey if moved else lb[7600 + g]
        lb[7888 + g] = ux + ex if moved else lb[7888 + g]
        lb[8176 + g] = uy + ey if moved else lb[8176 + g]
        lb[9040 + g] = 1.0 if moved else 0.0
    for g in range(16):
        act = (lb[8352 + g] != 0.0) & (lb[5600 + g] != 0.0)
        a, b = lb[4736 + g] * (1.95), lb[5024 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[5024 + g] * (1.95), lb[4736 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[3584 + g] - ex) - 0.005, (lb[3872 + g] - ey) - 0.005
        aux, auy = (lb[3584 + g] + ex) + 0.005, (lb[3872 + g] + ey) + 0.005
        a, b = lb[3008 + g] * (1.95), lb[3296 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[3296 + g] * (1.95), lb[3008 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[128 + g] - ex) - 0.005, (lb[416 + g] - ey) - 0.005
        bux, buy = (lb[128 + g] + ex) + 0.005, (lb[416 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[7328 + g] <= lx) & (lb[7616 + g] <= ly) & (ux <= lb[7904 + g]) & (uy <= lb[8192 + g]))
        dx, dy = lb[128 + g] - lb[3584 + g], lb[416 + g] - lb[3872 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[6176 + g] = lx if act else lb[6176 + g]
        lb[6464 + g] = ly if act else lb[6464 + g]
        lb[6752 + g] = ux if act else lb[6752 + g]
        lb[7040 + g] = uy if act else lb[7040 + g]
        lb[7328 + g] = lx - ex if moved else lb[7328 + g]
        lb[7616 + g] = ly - ey if moved else lb[7616 + g]
        lb[7904 + g] = ux + ex if moved else lb[7904 + g]
        lb[8192 + g] = uy + ey if moved else lb[8192 + g]
        lb[9056 + g] = 1.0 if moved else 0.0
    for g in range(16):
        act = (lb[8352 + g] != 0.0) & (lb[5616 + g] != 0.0)
        a, b = lb[4752 + g] * (2.5), lb[5040 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[5040 + g] * (2.5), lb[4752 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[3600 + g] - ex) - 0.005, (lb[3888 + g] - ey) - 0.005
        aux, auy = (lb[3600 + g] + ex) + 0.005, (lb[3888 + g] + ey) + 0.005
        a, b = lb[3024 + g] * (2.5), lb[3312 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[3312 + g] * (2.5), lb[3024 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[144 + g] - ex) - 0.005, (lb[432 + g] - ey) - 0.005
        bux, buy = (lb[144 + g] + ex) + 0.005, (lb[432 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[7344 + g] <= lx) & (lb[7632 + g] <= ly) & (ux <= lb[7920 + g]) & (uy <= lb[8208 + g]))
        dx, dy = lb[144 + g] - lb[3600 + g], lb[432 + g] - lb[3888 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[6192 + g] = lx if act else lb[6192 + g]
        lb[6480 + g] = ly if act else lb[6480 + g]
        lb[6768 + g] = ux if act else lb[6768 + g]
        lb[7056 + g] = uy if act else lb[7056 + g]
        lb[7344 + g] = lx - ex if moved else lb[7344 + g]
        lb[7632 + g] = ly - ey if moved else lb[7632 + g]
        lb[7920 + g] = ux + ex if moved else lb[7920 + g]
        lb[8208 + g] = uy + ey if moved else lb[8208 + g]
        lb[9072 + g] = 1.0 if moved else 0.0
    for g in range(16):
        act = (lb[8352 + g] != 0.0) & (lb[5632 + g] != 0.0)
        a, b = lb[4768 + g] * (1.35), lb[5056 + g] * (0.725)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[5056 + g] * (1.35), lb[4768 + g] * (0.725)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[3616 + g] - ex) - 0.005, (lb[3904 + g] - ey) - 0.005
        aux, auy = (lb[3616 + g] + ex) + 0.005, (lb[3904 + g] + ey) + 0.005
        a, b = lb[3040 + g] * (1.35), lb[3328 + g] * (0.725)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[3328 + g] * (1.35), lb[3040 + g] * (0.725)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[160 + g] - ex) - 0.005, (lb[448 + g] - ey) - 0.005
        bux, buy = (lb[160 + g] + ex) + 0.005, (lb[448 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[7360 + g] <= lx) & (lb[7648 + g] <= ly) & (ux <= lb[7936 + g]) & (uy <= lb[8224 + g]))
        dx, dy = lb[160 + g] - lb[3616 + g], lb[448 + g] - lb[3904 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[6208 + g] = lx if act else lb[6208 + g]
        lb[6496 + g] = ly if act else lb[6496 + g]
        lb[6784 + g] = ux if act else lb[6784 + g]
        lb[7072 + g] = uy if act else lb[7072 + g]
        lb[7360 + g] = lx - ex if moved else lb[7360 + g]
        lb[7648 + g] = ly - ey if moved else lb[7648 + g]
        lb[7936 + g] = ux + ex if moved else lb[7936 + g]
        lb[8224 + g] = uy + ey if moved else lb[8224 + g]
        lb[9088 + g] = 1.0 if moved else 0.0
    for g in range(16):
        act = (lb[8352 + g] != 0.0) & (lb[5648 + g] != 0.0)
        a, b = lb[4784 + g] * (2.65), lb[5072 + g] * (1.0)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[5072 + g] * (2.65), lb[4784 + g] * (1.0)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[3632 + g] - ex) - 0.005, (lb[3920 + g] - ey) - 0.005
        aux, auy = (lb[3632 + g] + ex) + 0.005, (lb[3920 + g] + ey) + 0.005
        a, b = lb[3056 + g] * (2.65), lb[3344 + g] * (1.0)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[3344 + g] * (2.65), lb[3056 + g] * (1.0)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[176 + g] - ex) - 0.005, (lb[464 + g] - ey) - 0.005
        bux, buy = (lb[176 + g] + ex) + 0.005, (lb[464 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[7376 + g] <= lx) & (lb[7664 + g] <= ly) & (ux <= lb[7952 + g]) & (uy <= lb[8240 + g]))
        dx, dy = lb[176 + g] - lb[3632 + g], lb[464 + g] - lb[3920 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[6224 + g] = lx if act else lb[6224 + g]
        lb[6512 + g] = ly if act else lb[6512 + g]
        lb[6800 + g] = ux if act else lb[6800 + g]
        lb[7088 + g] = uy if act else lb[7088 + g]
        lb[7376 + g] = lx - ex if moved else lb[7376 + g]
        lb[7664 + g] = ly - ey if moved else lb[7664 + g]
        lb[7952 + g] = ux + ex if moved else lb[7952 + g]
        lb[8240 + g] = uy + ey if moved else lb[8240 + g]
        lb[9104 + g] = 1.0 if moved else 0.0
