"""Generated from lanes.py for the spec's tables: do not edit.

The runner's joint sweeps over LANES games at once (see lanes.py). Tests check that this file is
what lanes.py generates today; ``lanes.write_generated()`` rewrites it.
"""

import math

from numba import njit

from rlqwop.game.fast.layout import MAX_VALUE
from rlqwop.game.fast.lanes import glibc_rotations as _glibc_rotations
from rlqwop.game.fast.selects import pick as _pick
from rlqwop.game.fast.selects import unless_kept as _unless_kept
from rlqwop.game.fast.trig import own_sincos as _own_sincos

@njit(cache=True, _nrt=False, error_model='numpy')
def init_sweep(lb, lj, n_lanes):
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        ca, sa, cb, sb = lb[12096 + g], lb[13248 + g], lb[12224 + g], lb[13376 + g]
        r1x = ca * (1.9464226250774301) - sa * (0.23026118775573867)
        r1y = sa * (1.9464226250774301) + ca * (0.23026118775573867)
        r2x = cb * (2.0958596632699917) - sb * (0.29461641905670727)
        r2y = sb * (2.0958596632699917) + cb * (0.29461641905670727)
        lj[13632 + g] = _unless_kept(act, (r1x), lj[13632 + g])
        lj[14400 + g] = _unless_kept(act, (r1y), lj[14400 + g])
        lj[15168 + g] = _unless_kept(act, (r2x), lj[15168 + g])
        lj[15936 + g] = _unless_kept(act, (r2y), lj[15936 + g])
        k11 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1y * r1y + (0.03527813872540085) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1x * r1x + (0.03527813872540085) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[9024 + g] = _unless_kept(act, (det * k22), lj[9024 + g])
        lj[10560 + g] = _unless_kept(act, (-det * k12), lj[10560 + g])
        lj[9792 + g] = _unless_kept(act, (-det * k21), lj[9792 + g])
        lj[11328 + g] = _unless_kept(act, (det * k11), lj[11328 + g])
        lj[12096 + g] = _unless_kept(act, (1.0 / ((0.05871559633027523) + (0.03527813872540085))), lj[12096 + g])
        mf = _unless_kept(lj[6720 + g] == 0.0, 0.0, lj[2112 + g])
        lj[2112 + g] = _unless_kept(act, (mf), lj[2112 + g])
        angle = lb[3008 + g] - lb[2880 + g] - (2.2893406247158676)
        lower, upper = lj[5184 + g], lj[5952 + g]
        old_state, lf = lj[8256 + g], lj[2880 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7488 + g] != 0.0
        lj[8256 + g] = _unless_kept(act, (_unless_kept(limit, state, old_state)), lj[8256 + g])
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2880 + g] = _unless_kept(act, (lf), lj[2880 + g])
        pfx, pfy = lj[576 + g], lj[1344 + g]
        lb[4032 + g] = _unless_kept(act, (lb[4032 + g] - 0.04 * (0.13333333333333333) * pfx), lb[4032 + g])
        lb[5184 + g] = _unless_kept(act, (lb[5184 + g] - 0.04 * (0.13333333333333333) * pfy), lb[5184 + g])
        lb[6336 + g] = _unless_kept(act, (lb[6336 + g] - 0.04 * (0.05871559633027523) * ((r1x * pfy - r1y * pfx) + mf + lf)), lb[6336 + g])
        lb[4160 + g] = _unless_kept(act, (lb[4160 + g] + 0.04 * (0.09433962264150944) * pfx), lb[4160 + g])
        lb[5312 + g] = _unless_kept(act, (lb[5312 + g] + 0.04 * (0.09433962264150944) * pfy), lb[5312 + g])
        lb[6464 + g] = _unless_kept(act, (lb[6464 + g] + 0.04 * (0.03527813872540085) * ((r2x * pfy - r2y * pfx) + mf + lf)), lb[6464 + g])
        lj[3648 + g] = _unless_kept(act, (0.0), lj[3648 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        ca, sa, cb, sb = lb[12224 + g], lb[13376 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (-2.0961942262183917) - sa * (0.18536556036297194)
        r1y = sa * (-2.0961942262183917) + ca * (0.18536556036297194)
        r2x = cb * (-2.162191390759836) - sb * (-0.6165265219145436)
        r2y = sb * (-2.162191390759836) + cb * (-0.6165265219145436)
        lj[13376 + g] = _unless_kept(act, (r1x), lj[13376 + g])
        lj[14144 + g] = _unless_kept(act, (r1y), lj[14144 + g])
        lj[14912 + g] = _unless_kept(act, (r2x), lj[14912 + g])
        lj[15680 + g] = _unless_kept(act, (r2y), lj[15680 + g])
        k11 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8768 + g] = _unless_kept(act, (det * k22), lj[8768 + g])
        lj[10304 + g] = _unless_kept(act, (-det * k12), lj[10304 + g])
        lj[9536 + g] = _unless_kept(act, (-det * k21), lj[9536 + g])
        lj[11072 + g] = _unless_kept(act, (det * k11), lj[11072 + g])
        lj[11840 + g] = _unless_kept(act, (1.0 / ((0.03527813872540085) + (0.012598303677779489))), lj[11840 + g])
        mf = _unless_kept(lj[6464 + g] == 0.0, 0.0, lj[1856 + g])
        lj[1856 + g] = _unless_kept(act, (mf), lj[1856 + g])
        angle = lb[2304 + g] - lb[3008 + g] - (-2.719359381718199)
        lower, upper = lj[4928 + g], lj[5696 + g]
        old_state, lf = lj[8000 + g], lj[2624 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7232 + g] != 0.0
        lj[8000 + g] = _unless_kept(act, (_unless_kept(limit, state, old_state)), lj[8000 + g])
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2624 + g] = _unless_kept(act, (lf), lj[2624 + g])
        pfx, pfy = lj[320 + g], lj[1088 + g]
        lb[4160 + g] = _unless_kept(act, (lb[4160 + g] - 0.04 * (0.09433962264150944) * pfx), lb[4160 + g])
        lb[5312 + g] = _unless_kept(act, (lb[5312 + g] - 0.04 * (0.09433962264150944) * pfy), lb[5312 + g])
        lb[6464 + g] = _unless_kept(act, (lb[6464 + g] - 0.04 * (0.03527813872540085) * ((r1x * pfy - r1y * pfx) + mf + lf)), lb[6464 + g])
        lb[3456 + g] = _unless_kept(act, (lb[3456 + g] + 0.04 * (0.053569037096558185) * pfx), lb[3456 + g])
        lb[4608 + g] = _unless_kept(act, (lb[4608 + g] + 0.04 * (0.053569037096558185) * pfy), lb[4608 + g])
        lb[5760 + g] = _unless_kept(act, (lb[5760 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)), lb[5760 + g])
        lj[3392 + g] = _unless_kept(act, (0.0), lj[3392 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        ca, sa, cb, sb = lb[11712 + g], lb[12864 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (1.5149934600879298) - sa * (0.10302974517488483)
        r1y = sa * (1.5149934600879298) + ca * (0.10302974517488483)
        r2x = cb * (-2.1617729534350554) - sb * (0.17997450596313957)
        r2y = sb * (-2.1617729534350554) + cb * (0.17997450596313957)
        lj[13312 + g] = _unless_kept(act, (r1x), lj[13312 + g])
        lj[14080 + g] = _unless_kept(act, (r1y), lj[14080 + g])
        lj[14848 + g] = _unless_kept(act, (r2x), lj[14848 + g])
        lj[15616 + g] = _unless_kept(act, (r2y), lj[15616 + g])
        k11 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8704 + g] = _unless_kept(act, (det * k22), lj[8704 + g])
        lj[10240 + g] = _unless_kept(act, (-det * k12), lj[10240 + g])
        lj[9472 + g] = _unless_kept(act, (-det * k21), lj[9472 + g])
        lj[11008 + g] = _unless_kept(act, (det * k11), lj[11008 + g])
        lj[11776 + g] = _unless_kept(act, (1.0 / ((0.04027180109757439) + (0.012598303677779489))), lj[11776 + g])
        mf = _unless_kept(lj[6400 + g] == 0.0, 0.0, lj[1792 + g])
        lj[1792 + g] = _unless_kept(act, (mf), lj[1792 + g])
        angle = lb[2304 + g] - lb[2496 + g] - (0.7258477508944043)
        lower, upper = lj[4864 + g], lj[5632 + g]
        old_state, lf = lj[7936 + g], lj[2560 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7168 + g] != 0.0
        lj[7936 + g] = _unless_kept(act, (_unless_kept(limit, state, old_state)), lj[7936 + g])
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2560 + g] = _unless_kept(act, (lf), lj[2560 + g])
        pfx, pfy = lj[256 + g], lj[1024 + g]
        lb[3648 + g] = _unless_kept(act, (lb[3648 + g] - 0.04 * (0.09900990099009901) * pfx), lb[3648 + g])
        lb[4800 + g] = _unless_kept(act, (lb[4800 + g] - 0.04 * (0.09900990099009901) * pfy), lb[4800 + g])
        lb[5952 + g] = _unless_kept(act, (lb[5952 + g] - 0.04 * (0.04027180109757439) * ((r1x * pfy - r1y * pfx) + mf + lf)), lb[5952 + g])
        lb[3456 + g] = _unless_kept(act, (lb[3456 + g] + 0.04 * (0.053569037096558185) * pfx), lb[3456 + g])
        lb[4608 + g] = _unless_kept(act, (lb[4608 + g] + 0.04 * (0.053569037096558185) * pfy), lb[4608 + g])
        lb[5760 + g] = _unless_kept(act, (lb[5760 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)), lb[5760 + g])
        lj[3328 + g] = _unless_kept(act, (0.0), lj[3328 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        ca, sa, cb, sb = lb[11776 + g], lb[12928 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (-1.06207890966549) - sa * (0.17409394631566927)
        r1y = sa * (-1.06207890966549) + ca * (0.17409394631566927)
        r2x = cb * (1.9283425691848988) - sb * (0.5346402981158307)
        r2y = sb * (1.9283425691848988) + cb * (0.5346402981158307)
        lj[13248 + g] = _unless_kept(act, (r1x), lj[13248 + g])
        lj[14016 + g] = _unless_kept(act, (r1y), lj[14016 + g])
        lj[14784 + g] = _unless_kept(act, (r2x), lj[14784 + g])
        lj[15552 + g] = _unless_kept(act, (r2y), lj[15552 + g])
        k11 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8640 + g] = _unless_kept(act, (det * k22), lj[8640 + g])
        lj[10176 + g] = _unless_kept(act, (-det * k12), lj[10176 + g])
        lj[9408 + g] = _unless_kept(act, (-det * k21), lj[9408 + g])
        lj[10944 + g] = _unless_kept(act, (det * k11), lj[10944 + g])
        lj[11712 + g] = _unless_kept(act, (1.0 / ((0.17010946366789667) + (0.012598303677779489))), lj[11712 + g])
        mf = _unless_kept(lj[6336 + g] == 0.0, 0.0, lj[1728 + g])
        lj[1728 + g] = _unless_kept(act, (mf), lj[1728 + g])
        angle = lb[2304 + g] - lb[2560 + g] - (-2.09438311816829)
        lower, upper = lj[4800 + g], lj[5568 + g]
        old_state, lf = lj[7872 + g], lj[2496 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7104 + g] != 0.0
        lj[7872 + g] = _unless_kept(act, (_unless_kept(limit, state, old_state)), lj[7872 + g])
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2496 + g] = _unless_kept(act, (lf), lj[2496 + g])
        pfx, pfy = lj[192 + g], lj[960 + g]
        lb[3712 + g] = _unless_kept(act, (lb[3712 + g] - 0.04 * (0.21621621621621623) * pfx), lb[3712 + g])
        lb[4864 + g] = _unless_kept(act, (lb[4864 + g] - 0.04 * (0.21621621621621623) * pfy), lb[4864 + g])
        lb[6016 + g] = _unless_kept(act, (lb[6016 + g] - 0.04 * (0.17010946366789667) * ((r1x * pfy - r1y * pfx) + mf + lf)), lb[6016 + g])
        lb[3456 + g] = _unless_kept(act, (lb[3456 + g] + 0.04 * (0.053569037096558185) * pfx), lb[3456 + g])
        lb[4608 + g] = _unless_kept(act, (lb[4608 + g] + 0.04 * (0.053569037096558185) * pfy), lb[4608 + g])
        lb[5760 + g] = _unless_kept(act, (lb[5760 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)), lb[5760 + g])
        lj[3264 + g] = _unless_kept(act, (0.0), lj[3264 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        ca, sa, cb, sb = lb[12032 + g], lb[13184 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (1.2001841231501342) - sa * (0.014095940491621661)
        r1y = sa * (1.2001841231501342) + ca * (0.014095940491621661)
        r2x = cb * (2.0154692227269657) - sb * (-0.963716471396211)
        r2y = sb * (2.0154692227269657) + cb * (-0.963716471396211)
        lj[13184 + g] = _unless_kept(act, (r1x), lj[13184 + g])
        lj[13952 + g] = _unless_kept(act, (r1y), lj[13952 + g])
        lj[14720 + g] = _unless_kept(act, (r2x), lj[14720 + g])
        lj[15488 + g] = _unless_kept(act, (r2y), lj[15488 + g])
        k11 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8576 + g] = _unless_kept(act, (det * k22), lj[8576 + g])
        lj[10112 + g] = _unless_kept(act, (-det * k12), lj[10112 + g])
        lj[9344 + g] = _unless_kept(act, (-det * k21), lj[9344 + g])
        lj[10880 + g] = _unless_kept(act, (det * k11), lj[10880 + g])
        lj[11648 + g] = _unless_kept(act, (1.0 / ((0.1174846535671278) + (0.012598303677779489))), lj[11648 + g])
        mf = _unless_kept(lj[6272 + g] == 0.0, 0.0, lj[1664 + g])
        lj[1664 + g] = _unless_kept(act, (mf), lj[1664 + g])
        angle = lb[2304 + g] - lb[2816 + g] - (-0.7853907065463961)
        lower, upper = lj[4736 + g], lj[5504 + g]
        old_state, lf = lj[7808 + g], lj[2432 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7040 + g] != 0.0
        lj[7808 + g] = _unless_kept(act, (_unless_kept(limit, state, old_state)), lj[7808 + g])
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2432 + g] = _unless_kept(act, (lf), lj[2432 + g])
        pfx, pfy = lj[128 + g], lj[896 + g]
        lb[3968 + g] = _unless_kept(act, (lb[3968 + g] - 0.04 * (0.17094017094017094) * pfx), lb[3968 + g])
        lb[5120 + g] = _unless_kept(act, (lb[5120 + g] - 0.04 * (0.17094017094017094) * pfy), lb[5120 + g])
        lb[6272 + g] = _unless_kept(act, (lb[6272 + g] - 0.04 * (0.1174846535671278) * ((r1x * pfy - r1y * pfx) + mf + lf)), lb[6272 + g])
        lb[3456 + g] = _unless_kept(act, (lb[3456 + g] + 0.04 * (0.053569037096558185) * pfx), lb[3456 + g])
        lb[4608 + g] = _unless_kept(act, (lb[4608 + g] + 0.04 * (0.053569037096558185) * pfy), lb[4608 + g])
        lb[5760 + g] = _unless_kept(act, (lb[5760 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)), lb[5760 + g])
        lj[3200 + g] = _unless_kept(act, (0.0), lj[3200 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        ca, sa, cb, sb = lb[11584 + g], lb[12736 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (-0.22839485113389013) - sa * (1.1126087775923434)
        r1y = sa * (-0.22839485113389013) + ca * (1.1126087775923434)
        r2x = cb * (2.859519853416241) - sb * (0.1894010834667077)
        r2y = sb * (2.859519853416241) + cb * (0.1894010834667077)
        lj[13120 + g] = _unless_kept(act, (r1x), lj[13120 + g])
        lj[13888 + g] = _unless_kept(act, (r1y), lj[13888 + g])
        lj[14656 + g] = _unless_kept(act, (r2x), lj[14656 + g])
        lj[15424 + g] = _unless_kept(act, (r2y), lj[15424 + g])
        k11 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8512 + g] = _unless_kept(act, (det * k22), lj[8512 + g])
        lj[10048 + g] = _unless_kept(act, (-det * k12), lj[10048 + g])
        lj[9280 + g] = _unless_kept(act, (-det * k21), lj[9280 + g])
        lj[10816 + g] = _unless_kept(act, (det * k11), lj[10816 + g])
        lj[11584 + g] = _unless_kept(act, (1.0 / ((0.18086620215453098) + (0.012598303677779489))), lj[11584 + g])
        mf = 0.0
        lj[1600 + g] = _unless_kept(act, (mf), lj[1600 + g])
        angle = lb[2304 + g] - lb[2368 + g] - (-1.308996406363529)
        lower, upper = lj[4672 + g], lj[5440 + g]
        old_state, lf = lj[7744 + g], lj[2368 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[6976 + g] != 0.0
        lj[7744 + g] = _unless_kept(act, (_unless_kept(limit, state, old_state)), lj[7744 + g])
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2368 + g] = _unless_kept(act, (lf), lj[2368 + g])
        pfx, pfy = lj[64 + g], lj[832 + g]
        lb[3520 + g] = _unless_kept(act, (lb[3520 + g] - 0.04 * (0.17551557700745943) * pfx), lb[3520 + g])
        lb[4672 + g] = _unless_kept(act, (lb[4672 + g] - 0.04 * (0.17551557700745943) * pfy), lb[4672 + g])
        lb[5824 + g] = _unless_kept(act, (lb[5824 + g] - 0.04 * (0.18086620215453098) * ((r1x * pfy - r1y * pfx) + mf + lf)), lb[5824 + g])
        lb[3456 + g] = _unless_kept(act, (lb[3456 + g] + 0.04 * (0.053569037096558185) * pfx), lb[3456 + g])
        lb[4608 + g] = _unless_kept(act, (lb[4608 + g] + 0.04 * (0.053569037096558185) * pfy), lb[4608 + g])
        lb[5760 + g] = _unless_kept(act, (lb[5760 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)), lb[5760 + g])
        lj[3136 + g] = _unless_kept(act, (0.0), lj[3136 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        ca, sa, cb, sb = lb[11968 + g], lb[13120 + g], lb[12032 + g], lb[13184 + g]
        r1x = ca * (1.786878910753607) - sa * (-0.0875161173956252)
        r1y = sa * (1.786878910753607) + ca * (-0.0875161173956252)
        r2x = cb * (-1.3780071636887363) - sb * (0.014064825719664498)
        r2y = sb * (-1.3780071636887363) + cb * (0.014064825719664498)
        lj[13504 + g] = _unless_kept(act, (r1x), lj[13504 + g])
        lj[14272 + g] = _unless_kept(act, (r1y), lj[14272 + g])
        lj[15040 + g] = _unless_kept(act, (r2x), lj[15040 + g])
        lj[15808 + g] = _unless_kept(act, (r2y), lj[15808 + g])
        k11 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1y * r1y + (0.1174846535671278) * r2y * r2y
        k12 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k21 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k22 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1x * r1x + (0.1174846535671278) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8896 + g] = _unless_kept(act, (det * k22), lj[8896 + g])
        lj[10432 + g] = _unless_kept(act, (-det * k12), lj[10432 + g])
        lj[9664 + g] = _unless_kept(act, (-det * k21), lj[9664 + g])
        lj[11200 + g] = _unless_kept(act, (det * k11), lj[11200 + g])
        lj[11968 + g] = _unless_kept(act, (1.0 / ((0.09237008652479196) + (0.1174846535671278))), lj[11968 + g])
        mf = 0.0
        lj[1984 + g] = _unless_kept(act, (mf), lj[1984 + g])
        angle = lb[2816 + g] - lb[2752 + g] - (1.2968199012274688)
        lower, upper = lj[5056 + g], lj[5824 + g]
        old_state, lf = lj[8128 + g], lj[2752 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7360 + g] != 0.0
        lj[8128 + g] = _unless_kept(act, (_unless_kept(limit, state, old_state)), lj[8128 + g])
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2752 + g] = _unless_kept(act, (lf), lj[2752 + g])
        pfx, pfy = lj[448 + g], lj[1216 + g]
        lb[3904 + g] = _unless_kept(act, (lb[3904 + g] - 0.04 * (0.16645859342488556) * pfx), lb[3904 + g])
        lb[5056 + g] = _unless_kept(act, (lb[5056 + g] - 0.04 * (0.16645859342488556) * pfy), lb[5056 + g])
        lb[6208 + g] = _unless_kept(act, (lb[6208 + g] - 0.04 * (0.09237008652479196) * ((r1x * pfy - r1y * pfx) + mf + lf)), lb[6208 + g])
        lb[3968 + g] = _unless_kept(act, (lb[3968 + g] + 0.04 * (0.17094017094017094) * pfx), lb[3968 + g])
        lb[5120 + g] = _unless_kept(act, (lb[5120 + g] + 0.04 * (0.17094017094017094) * pfy), lb[5120 + g])
        lb[6272 + g] = _unless_kept(act, (lb[6272 + g] + 0.04 * (0.1174846535671278) * ((r2x * pfy - r2y * pfx) + mf + lf)), lb[6272 + g])
        lj[3520 + g] = _unless_kept(act, (0.0), lj[3520 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        ca, sa, cb, sb = lb[11648 + g], lb[12800 + g], lb[11776 + g], lb[12928 + g]
        r1x = ca * (-1.2620587423023988) - sa * (0.15722668659641342)
        r1y = sa * (-1.2620587423023988) + ca * (0.15722668659641342)
        r2x = cb * (1.6027887369842992) - sb * (-0.14793204384539627)
        r2y = sb * (1.6027887369842992) + cb * (-0.14793204384539627)
        lj[13440 + g] = _unless_kept(act, (r1x), lj[13440 + g])
        lj[14208 + g] = _unless_kept(act, (r1y), lj[14208 + g])
        lj[14976 + g] = _unless_kept(act, (r2x), lj[14976 + g])
        lj[15744 + g] = _unless_kept(act, (r2y), lj[15744 + g])
        k11 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1y * r1y + (0.17010946366789667) * r2y * r2y
        k12 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k21 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k22 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1x * r1x + (0.17010946366789667) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8832 + g] = _unless_kept(act, (det * k22), lj[8832 + g])
        lj[10368 + g] = _unless_kept(act, (-det * k12), lj[10368 + g])
        lj[9600 + g] = _unless_kept(act, (-det * k21), lj[9600 + g])
        lj[11136 + g] = _unless_kept(act, (det * k11), lj[11136 + g])
        lj[11904 + g] = _unless_kept(act, (1.0 / ((0.23156635340884965) + (0.17010946366789667))), lj[11904 + g])
        mf = 0.0
        lj[1920 + g] = _unless_kept(act, (mf), lj[1920 + g])
        angle = lb[2560 + g] - lb[2432 + g] - (2.09438311816829)
        lower, upper = lj[4992 + g], lj[5760 + g]
        old_state, lf = lj[8064 + g], lj[2688 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7296 + g] != 0.0
        lj[8064 + g] = _unless_kept(act, (_unless_kept(limit, state, old_state)), lj[8064 + g])
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2688 + g] = _unless_kept(act, (lf), lj[2688 + g])
        pfx, pfy = lj[384 + g], lj[1152 + g]
        lb[3584 + g] = _unless_kept(act, (lb[3584 + g] - 0.04 * (0.2597402597402597) * pfx), lb[3584 + g])
        lb[4736 + g] = _unless_kept(act, (lb[4736 + g] - 0.04 * (0.2597402597402597) * pfy), lb[4736 + g])
        lb[5888 + g] = _unless_kept(act, (lb[5888 + g] - 0.04 * (0.23156635340884965) * ((r1x * pfy - r1y * pfx) + mf + lf)), lb[5888 + g])
        lb[3712 + g] = _unless_kept(act, (lb[3712 + g] + 0.04 * (0.21621621621621623) * pfx), lb[3712 + g])
        lb[4864 + g] = _unless_kept(act, (lb[4864 + g] + 0.04 * (0.21621621621621623) * pfy), lb[4864 + g])
        lb[6016 + g] = _unless_kept(act, (lb[6016 + g] + 0.04 * (0.17010946366789667) * ((r2x * pfy - r2y * pfx) + mf + lf)), lb[6016 + g])
        lj[3456 + g] = _unless_kept(act, (0.0), lj[3456 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        ca, sa, cb, sb = lb[11840 + g], lb[12992 + g], lb[11712 + g], lb[12864 + g]
        r1x = ca * (2.0031668711363886) - sa * (0.29778450493880393)
        r1y = sa * (2.0031668711363886) + ca * (0.29778450493880393)
        r2x = cb * (-2.039930985466258) - sb * (-0.06884320616201656)
        r2y = sb * (-2.039930985466258) + cb * (-0.06884320616201656)
        lj[13568 + g] = _unless_kept(act, (r1x), lj[13568 + g])
        lj[14336 + g] = _unless_kept(act, (r1y), lj[14336 + g])
        lj[15104 + g] = _unless_kept(act, (r2x), lj[15104 + g])
        lj[15872 + g] = _unless_kept(act, (r2y), lj[15872 + g])
        k11 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1y * r1y + (0.04027180109757439) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1x * r1x + (0.04027180109757439) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8960 + g] = _unless_kept(act, (det * k22), lj[8960 + g])
        lj[10496 + g] = _unless_kept(act, (-det * k12), lj[10496 + g])
        lj[9728 + g] = _unless_kept(act, (-det * k21), lj[9728 + g])
        lj[11264 + g] = _unless_kept(act, (det * k11), lj[11264 + g])
        lj[12032 + g] = _unless_kept(act, (1.0 / ((0.05871559633027523) + (0.04027180109757439))), lj[12032 + g])
        mf = _unless_kept(lj[6656 + g] == 0.0, 0.0, lj[2048 + g])
        lj[2048 + g] = _unless_kept(act, (mf), lj[2048 + g])
        angle = lb[2496 + g] - lb[2624 + g] - (-0.3953113764119829)
        lower, upper = lj[5120 + g], lj[5888 + g]
        old_state, lf = lj[8192 + g], lj[2816 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7424 + g] != 0.0
        lj[8192 + g] = _unless_kept(act, (_unless_kept(limit, state, old_state)), lj[8192 + g])
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2816 + g] = _unless_kept(act, (lf), lj[2816 + g])
        pfx, pfy = lj[512 + g], lj[1280 + g]
        lb[3776 + g] = _unless_kept(act, (lb[3776 + g] - 0.04 * (0.13333333333333333) * pfx), lb[3776 + g])
        lb[4928 + g] = _unless_kept(act, (lb[4928 + g] - 0.04 * (0.13333333333333333) * pfy), lb[4928 + g])
        lb[6080 + g] = _unless_kept(act, (lb[6080 + g] - 0.04 * (0.05871559633027523) * ((r1x * pfy - r1y * pfx) + mf + lf)), lb[6080 + g])
        lb[3648 + g] = _unless_kept(act, (lb[3648 + g] + 0.04 * (0.09900990099009901) * pfx), lb[3648 + g])
        lb[4800 + g] = _unless_kept(act, (lb[4800 + g] + 0.04 * (0.09900990099009901) * pfy), lb[4800 + g])
        lb[5952 + g] = _unless_kept(act, (lb[5952 + g] + 0.04 * (0.04027180109757439) * ((r2x * pfy - r2y * pfx) + mf + lf)), lb[5952 + g])
        lj[3584 + g] = _unless_kept(act, (0.0), lj[3584 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        ca, sa, cb, sb = lb[11904 + g], lb[13056 + g], lb[11840 + g], lb[12992 + g]
        r1x = ca * (-0.6270934582479109) - sa * (-0.06637286435491148)
        r1y = sa * (-0.6270934582479109) + ca * (-0.06637286435491148)
        r2x = cb * (-2.425382538900126) - sb * (0.13895539751438638)
        r2y = sb * (-2.425382538900126) + cb * (0.13895539751438638)
        lj[13696 + g] = _unless_kept(act, (r1x), lj[13696 + g])
        lj[14464 + g] = _unless_kept(act, (r1y), lj[14464 + g])
        lj[15232 + g] = _unless_kept(act, (r2x), lj[15232 + g])
        lj[16000 + g] = _unless_kept(act, (r2y), lj[16000 + g])
        k11 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[9088 + g] = _unless_kept(act, (det * k22), lj[9088 + g])
        lj[10624 + g] = _unless_kept(act, (-det * k12), lj[10624 + g])
        lj[9856 + g] = _unless_kept(act, (-det * k21), lj[9856 + g])
        lj[11392 + g] = _unless_kept(act, (det * k11), lj[11392 + g])
        lj[12160 + g] = _unless_kept(act, (1.0 / ((0.1204272910821709) + (0.05871559633027523))), lj[12160 + g])
        mf = 0.0
        lj[2176 + g] = _unless_kept(act, (mf), lj[2176 + g])
        angle = lb[2624 + g] - lb[2688 + g] - (-1.7244327585010226)
        lower, upper = lj[5248 + g], lj[6016 + g]
        old_state, lf = lj[8320 + g], lj[2944 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7552 + g] != 0.0
        lj[8320 + g] = _unless_kept(act, (_unless_kept(limit, state, old_state)), lj[8320 + g])
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2944 + g] = _unless_kept(act, (lf), lj[2944 + g])
        pfx, pfy = lj[640 + g], lj[1408 + g]
        lb[3840 + g] = _unless_kept(act, (lb[3840 + g] - 0.04 * (0.09144947416552353) * pfx), lb[3840 + g])
        lb[4992 + g] = _unless_kept(act, (lb[4992 + g] - 0.04 * (0.09144947416552353) * pfy), lb[4992 + g])
        lb[6144 + g] = _unless_kept(act, (lb[6144 + g] - 0.04 * (0.1204272910821709) * ((r1x * pfy - r1y * pfx) + mf + lf)), lb[6144 + g])
        lb[3776 + g] = _unless_kept(act, (lb[3776 + g] + 0.04 * (0.13333333333333333) * pfx), lb[3776 + g])
        lb[4928 + g] = _unless_kept(act, (lb[4928 + g] + 0.04 * (0.13333333333333333) * pfy), lb[4928 + g])
        lb[6080 + g] = _unless_kept(act, (lb[6080 + g] + 0.04 * (0.05871559633027523) * ((r2x * pfy - r2y * pfx) + mf + lf)), lb[6080 + g])
        lj[3712 + g] = _unless_kept(act, (0.0), lj[3712 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        ca, sa, cb, sb = lb[12160 + g], lb[13312 + g], lb[12096 + g], lb[13248 + g]
        r1x = ca * (-0.7779783144804977) - sa * (-0.20811593451266924)
        r1y = sa * (-0.7779783144804977) + ca * (-0.20811593451266924)
        r2x = cb * (-2.2591139640195603) - sb * (0.08142886510219238)
        r2y = sb * (-2.2591139640195603) + cb * (0.08142886510219238)
        lj[13760 + g] = _unless_kept(act, (r1x), lj[13760 + g])
        lj[14528 + g] = _unless_kept(act, (r1y), lj[14528 + g])
        lj[15296 + g] = _unless_kept(act, (r2x), lj[15296 + g])
        lj[16064 + g] = _unless_kept(act, (r2y), lj[16064 + g])
        k11 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[9152 + g] = _unless_kept(act, (det * k22), lj[9152 + g])
        lj[10688 + g] = _unless_kept(act, (-det * k12), lj[10688 + g])
        lj[9920 + g] = _unless_kept(act, (-det * k21), lj[9920 + g])
        lj[11456 + g] = _unless_kept(act, (det * k11), lj[11456 + g])
        lj[12224 + g] = _unless_kept(act, (1.0 / ((0.10877949071482061) + (0.05871559633027523))), lj[12224 + g])
        mf = 0.0
        lj[2240 + g] = _unless_kept(act, (mf), lj[2240 + g])
        angle = lb[2880 + g] - lb[2944 + g] - (-1.5708045825942758)
        lower, upper = lj[5312 + g], lj[6080 + g]
        old_state, lf = lj[8384 + g], lj[3008 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7616 + g] != 0.0
        lj[8384 + g] = _unless_kept(act, (_unless_kept(limit, state, old_state)), lj[8384 + g])
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[3008 + g] = _unless_kept(act, (lf), lj[3008 + g])
        pfx, pfy = lj[704 + g], lj[1472 + g]
        lb[4096 + g] = _unless_kept(act, (lb[4096 + g] - 0.04 * (0.08514261387824605) * pfx), lb[4096 + g])
        lb[5248 + g] = _unless_kept(act, (lb[5248 + g] - 0.04 * (0.08514261387824605) * pfy), lb[5248 + g])
        lb[6400 + g] = _unless_kept(act, (lb[6400 + g] - 0.04 * (0.10877949071482061) * ((r1x * pfy - r1y * pfx) + mf + lf)), lb[6400 + g])
        lb[4032 + g] = _unless_kept(act, (lb[4032 + g] + 0.04 * (0.13333333333333333) * pfx), lb[4032 + g])
        lb[5184 + g] = _unless_kept(act, (lb[5184 + g] + 0.04 * (0.13333333333333333) * pfy), lb[5184 + g])
        lb[6336 + g] = _unless_kept(act, (lb[6336 + g] + 0.04 * (0.05871559633027523) * ((r2x * pfy - r2y * pfx) + mf + lf)), lb[6336 + g])
        lj[3776 + g] = _unless_kept(act, (0.0), lj[3776 + g])


@njit(cache=True, _nrt=False, error_model='numpy')
def velocity_sweep(lb, lj, n_lanes):
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[13632 + g], lj[14400 + g], lj[15168 + g], lj[15936 + g]
        vxa, vya, wa = lb[4032 + g], lb[5184 + g], lb[6336 + g]
        vxb, vyb, wb = lb[4160 + g], lb[5312 + g], lb[6464 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[9024 + g] * cdx + lj[10560 + g] * cdy)
        fy = -25.0 * (lj[9792 + g] * cdx + lj[11328 + g] * cdy)
        lj[576 + g] = _unless_kept(act, (lj[576 + g] + fx), lj[576 + g])
        lj[1344 + g] = _unless_kept(act, (lj[1344 + g] + fy), lj[1344 + g])
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.13333333333333333) * px
        vya = vya - (0.13333333333333333) * py
        wa = wa - (0.05871559633027523) * (r1x * py - r1y * px)
        vxb = vxb + (0.09433962264150944) * px
        vyb = vyb + (0.09433962264150944) * py
        wb = wb + (0.03527813872540085) * (r2x * py - r2y * px)
        state = lj[8256 + g]
        motor = (lj[6720 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[4416 + g]
        force = -25.0 * lj[12096 + g] * cdot
        old = lj[2112 + g]
        new = old + force
        new = new if new < (3000.0) else (3000.0)
        new = -(3000.0) if -(3000.0) > new else new
        lj[2112 + g] = _unless_kept(act, (_unless_kept(motor, new, old)), lj[2112 + g])
        force = new - old
        wa = wa - (0.05871559633027523) * 0.04 * force if motor else wa
        wb = wb + (0.03527813872540085) * 0.04 * force if motor else wb
        limit = (lj[7488 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[12096 + g] * cdot
        old = lj[2880 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2880 + g] = _unless_kept(act, (_unless_kept(limit, new, old)), lj[2880 + g])
        lb[4032 + g] = _unless_kept(act, (vxa), lb[4032 + g])
        lb[5184 + g] = _unless_kept(act, (vya), lb[5184 + g])
        lb[4160 + g] = _unless_kept(act, (vxb), lb[4160 + g])
        lb[5312 + g] = _unless_kept(act, (vyb), lb[5312 + g])
        lb[6336 + g] = _unless_kept(act, (wa - (0.05871559633027523) * 0.04 * force if limit else wa), lb[6336 + g])
        lb[6464 + g] = _unless_kept(act, (wb + (0.03527813872540085) * 0.04 * force if limit else wb), lb[6464 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[13376 + g], lj[14144 + g], lj[14912 + g], lj[15680 + g]
        vxa, vya, wa = lb[4160 + g], lb[5312 + g], lb[6464 + g]
        vxb, vyb, wb = lb[3456 + g], lb[4608 + g], lb[5760 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8768 + g] * cdx + lj[10304 + g] * cdy)
        fy = -25.0 * (lj[9536 + g] * cdx + lj[11072 + g] * cdy)
        lj[320 + g] = _unless_kept(act, (lj[320 + g] + fx), lj[320 + g])
        lj[1088 + g] = _unless_kept(act, (lj[1088 + g] + fy), lj[1088 + g])
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09433962264150944) * px
        vya = vya - (0.09433962264150944) * py
        wa = wa - (0.03527813872540085) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[8000 + g]
        motor = (lj[6464 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[4160 + g]
        force = -25.0 * lj[11840 + g] * cdot
        old = lj[1856 + g]
        new = old + force
        new = new if new < (6000.0) else (6000.0)
        new = -(6000.0) if -(6000.0) > new else new
        lj[1856 + g] = _unless_kept(act, (_unless_kept(motor, new, old)), lj[1856 + g])
        force = new - old
        wa = wa - (0.03527813872540085) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[7232 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11840 + g] * cdot
        old = lj[2624 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2624 + g] = _unless_kept(act, (_unless_kept(limit, new, old)), lj[2624 + g])
        lb[4160 + g] = _unless_kept(act, (vxa), lb[4160 + g])
        lb[5312 + g] = _unless_kept(act, (vya), lb[5312 + g])
        lb[3456 + g] = _unless_kept(act, (vxb), lb[3456 + g])
        lb[4608 + g] = _unless_kept(act, (vyb), lb[4608 + g])
        lb[6464 + g] = _unless_kept(act, (wa - (0.03527813872540085) * 0.04 * force if limit else wa), lb[6464 + g])
        lb[5760 + g] = _unless_kept(act, (wb + (0.012598303677779489) * 0.04 * force if limit else wb), lb[5760 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[13312 + g], lj[14080 + g], lj[14848 + g], lj[15616 + g]
        vxa, vya, wa = lb[3648 + g], lb[4800 + g], lb[5952 + g]
        vxb, vyb, wb = lb[3456 + g], lb[4608 + g], lb[5760 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8704 + g] * cdx + lj[10240 + g] * cdy)
        fy = -25.0 * (lj[9472 + g] * cdx + lj[11008 + g] * cdy)
        lj[256 + g] = _unless_kept(act, (lj[256 + g] + fx), lj[256 + g])
        lj[1024 + g] = _unless_kept(act, (lj[1024 + g] + fy), lj[1024 + g])
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09900990099009901) * px
        vya = vya - (0.09900990099009901) * py
        wa = wa - (0.04027180109757439) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[7936 + g]
        motor = (lj[6400 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[4096 + g]
        force = -25.0 * lj[11776 + g] * cdot
        old = lj[1792 + g]
        new = old + force
        new = new if new < (6000.0) else (6000.0)
        new = -(6000.0) if -(6000.0) > new else new
        lj[1792 + g] = _unless_kept(act, (_unless_kept(motor, new, old)), lj[1792 + g])
        force = new - old
        wa = wa - (0.04027180109757439) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[7168 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11776 + g] * cdot
        old = lj[2560 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2560 + g] = _unless_kept(act, (_unless_kept(limit, new, old)), lj[2560 + g])
        lb[3648 + g] = _unless_kept(act, (vxa), lb[3648 + g])
        lb[4800 + g] = _unless_kept(act, (vya), lb[4800 + g])
        lb[3456 + g] = _unless_kept(act, (vxb), lb[3456 + g])
        lb[4608 + g] = _unless_kept(act, (vyb), lb[4608 + g])
        lb[5952 + g] = _unless_kept(act, (wa - (0.04027180109757439) * 0.04 * force if limit else wa), lb[5952 + g])
        lb[5760 + g] = _unless_kept(act, (wb + (0.012598303677779489) * 0.04 * force if limit else wb), lb[5760 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[13248 + g], lj[14016 + g], lj[14784 + g], lj[15552 + g]
        vxa, vya, wa = lb[3712 + g], lb[4864 + g], lb[6016 + g]
        vxb, vyb, wb = lb[3456 + g], lb[4608 + g], lb[5760 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8640 + g] * cdx + lj[10176 + g] * cdy)
        fy = -25.0 * (lj[9408 + g] * cdx + lj[10944 + g] * cdy)
        lj[192 + g] = _unless_kept(act, (lj[192 + g] + fx), lj[192 + g])
        lj[960 + g] = _unless_kept(act, (lj[960 + g] + fy), lj[960 + g])
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.21621621621621623) * px
        vya = vya - (0.21621621621621623) * py
        wa = wa - (0.17010946366789667) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[7872 + g]
        motor = (lj[6336 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[4032 + g]
        force = -25.0 * lj[11712 + g] * cdot
        old = lj[1728 + g]
        new = old + force
        new = new if new < (1000.0) else (1000.0)
        new = -(1000.0) if -(1000.0) > new else new
        lj[1728 + g] = _unless_kept(act, (_unless_kept(motor, new, old)), lj[1728 + g])
        force = new - old
        wa = wa - (0.17010946366789667) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[7104 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11712 + g] * cdot
        old = lj[2496 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2496 + g] = _unless_kept(act, (_unless_kept(limit, new, old)), lj[2496 + g])
        lb[3712 + g] = _unless_kept(act, (vxa), lb[3712 + g])
        lb[4864 + g] = _unless_kept(act, (vya), lb[4864 + g])
        lb[3456 + g] = _unless_kept(act, (vxb), lb[3456 + g])
        lb[4608 + g] = _unless_kept(act, (vyb), lb[4608 + g])
        lb[6016 + g] = _unless_kept(act, (wa - (0.17010946366789667) * 0.04 * force if limit else wa), lb[6016 + g])
        lb[5760 + g] = _unless_kept(act, (wb + (0.012598303677779489) * 0.04 * force if limit else wb), lb[5760 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[13184 + g], lj[13952 + g], lj[14720 + g], lj[15488 + g]
        vxa, vya, wa = lb[3968 + g], lb[5120 + g], lb[6272 + g]
        vxb, vyb, wb = lb[3456 + g], lb[4608 + g], lb[5760 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8576 + g] * cdx + lj[10112 + g] * cdy)
        fy = -25.0 * (lj[9344 + g] * cdx + lj[10880 + g] * cdy)
        lj[128 + g] = _unless_kept(act, (lj[128 + g] + fx), lj[128 + g])
        lj[896 + g] = _unless_kept(act, (lj[896 + g] + fy), lj[896 + g])
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.17094017094017094) * px
        vya = vya - (0.17094017094017094) * py
        wa = wa - (0.1174846535671278) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[7808 + g]
        motor = (lj[6272 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[3968 + g]
        force = -25.0 * lj[11648 + g] * cdot
        old = lj[1664 + g]
        new = old + force
        new = new if new < (1000.0) else (1000.0)
        new = -(1000.0) if -(1000.0) > new else new
        lj[1664 + g] = _unless_kept(act, (_unless_kept(motor, new, old)), lj[1664 + g])
        force = new - old
        wa = wa - (0.1174846535671278) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[7040 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11648 + g] * cdot
        old = lj[2432 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2432 + g] = _unless_kept(act, (_unless_kept(limit, new, old)), lj[2432 + g])
        lb[3968 + g] = _unless_kept(act, (vxa), lb[3968 + g])
        lb[5120 + g] = _unless_kept(act, (vya), lb[5120 + g])
        lb[3456 + g] = _unless_kept(act, (vxb), lb[3456 + g])
        lb[4608 + g] = _unless_kept(act, (vyb), lb[4608 + g])
        lb[6272 + g] = _unless_kept(act, (wa - (0.1174846535671278) * 0.04 * force if limit else wa), lb[6272 + g])
        lb[5760 + g] = _unless_kept(act, (wb + (0.012598303677779489) * 0.04 * force if limit else wb), lb[5760 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[13120 + g], lj[13888 + g], lj[14656 + g], lj[15424 + g]
        vxa, vya, wa = lb[3520 + g], lb[4672 + g], lb[5824 + g]
        vxb, vyb, wb = lb[3456 + g], lb[4608 + g], lb[5760 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8512 + g] * cdx + lj[10048 + g] * cdy)
        fy = -25.0 * (lj[9280 + g] * cdx + lj[10816 + g] * cdy)
        lj[64 + g] = _unless_kept(act, (lj[64 + g] + fx), lj[64 + g])
        lj[832 + g] = _unless_kept(act, (lj[832 + g] + fy), lj[832 + g])
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.17551557700745943) * px
        vya = vya - (0.17551557700745943) * py
        wa = wa - (0.18086620215453098) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[7744 + g]
        limit = (lj[6976 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11584 + g] * cdot
        old = lj[2368 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2368 + g] = _unless_kept(act, (_unless_kept(limit, new, old)), lj[2368 + g])
        lb[3520 + g] = _unless_kept(act, (vxa), lb[3520 + g])
        lb[4672 + g] = _unless_kept(act, (vya), lb[4672 + g])
        lb[3456 + g] = _unless_kept(act, (vxb), lb[3456 + g])
        lb[4608 + g] = _unless_kept(act, (vyb), lb[4608 + g])
        lb[5824 + g] = _unless_kept(act, (wa - (0.18086620215453098) * 0.04 * force if limit else wa), lb[5824 + g])
        lb[5760 + g] = _unless_kept(act, (wb + (0.012598303677779489) * 0.04 * force if limit else wb), lb[5760 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[13504 + g], lj[14272 + g], lj[15040 + g], lj[15808 + g]
        vxa, vya, wa = lb[3904 + g], lb[5056 + g], lb[6208 + g]
        vxb, vyb, wb = lb[3968 + g], lb[5120 + g], lb[6272 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8896 + g] * cdx + lj[10432 + g] * cdy)
        fy = -25.0 * (lj[9664 + g] * cdx + lj[11200 + g] * cdy)
        lj[448 + g] = _unless_kept(act, (lj[448 + g] + fx), lj[448 + g])
        lj[1216 + g] = _unless_kept(act, (lj[1216 + g] + fy), lj[1216 + g])
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.16645859342488556) * px
        vya = vya - (0.16645859342488556) * py
        wa = wa - (0.09237008652479196) * (r1x * py - r1y * px)
        vxb = vxb + (0.17094017094017094) * px
        vyb = vyb + (0.17094017094017094) * py
        wb = wb + (0.1174846535671278) * (r2x * py - r2y * px)
        state = lj[8128 + g]
        limit = (lj[7360 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11968 + g] * cdot
        old = lj[2752 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2752 + g] = _unless_kept(act, (_unless_kept(limit, new, old)), lj[2752 + g])
        lb[3904 + g] = _unless_kept(act, (vxa), lb[3904 + g])
        lb[5056 + g] = _unless_kept(act, (vya), lb[5056 + g])
        lb[3968 + g] = _unless_kept(act, (vxb), lb[3968 + g])
        lb[5120 + g] = _unless_kept(act, (vyb), lb[5120 + g])
        lb[6208 + g] = _unless_kept(act, (wa - (0.09237008652479196) * 0.04 * force if limit else wa), lb[6208 + g])
        lb[6272 + g] = _unless_kept(act, (wb + (0.1174846535671278) * 0.04 * force if limit else wb), lb[6272 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[13440 + g], lj[14208 + g], lj[14976 + g], lj[15744 + g]
        vxa, vya, wa = lb[3584 + g], lb[4736 + g], lb[5888 + g]
        vxb, vyb, wb = lb[3712 + g], lb[4864 + g], lb[6016 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8832 + g] * cdx + lj[10368 + g] * cdy)
        fy = -25.0 * (lj[9600 + g] * cdx + lj[11136 + g] * cdy)
        lj[384 + g] = _unless_kept(act, (lj[384 + g] + fx), lj[384 + g])
        lj[1152 + g] = _unless_kept(act, (lj[1152 + g] + fy), lj[1152 + g])
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.2597402597402597) * px
        vya = vya - (0.2597402597402597) * py
        wa = wa - (0.23156635340884965) * (r1x * py - r1y * px)
        vxb = vxb + (0.21621621621621623) * px
        vyb = vyb + (0.21621621621621623) * py
        wb = wb + (0.17010946366789667) * (r2x * py - r2y * px)
        state = lj[8064 + g]
        limit = (lj[7296 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11904 + g] * cdot
        old = lj[2688 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2688 + g] = _unless_kept(act, (_unless_kept(limit, new, old)), lj[2688 + g])
        lb[3584 + g] = _unless_kept(act, (vxa), lb[3584 + g])
        lb[4736 + g] = _unless_kept(act, (vya), lb[4736 + g])
        lb[3712 + g] = _unless_kept(act, (vxb), lb[3712 + g])
        lb[4864 + g] = _unless_kept(act, (vyb), lb[4864 + g])
        lb[5888 + g] = _unless_kept(act, (wa - (0.23156635340884965) * 0.04 * force if limit else wa), lb[5888 + g])
        lb[6016 + g] = _unless_kept(act, (wb + (0.17010946366789667) * 0.04 * force if limit else wb), lb[6016 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[13568 + g], lj[14336 + g], lj[15104 + g], lj[15872 + g]
        vxa, vya, wa = lb[3776 + g], lb[4928 + g], lb[6080 + g]
        vxb, vyb, wb = lb[3648 + g], lb[4800 + g], lb[5952 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8960 + g] * cdx + lj[10496 + g] * cdy)
        fy = -25.0 * (lj[9728 + g] * cdx + lj[11264 + g] * cdy)
        lj[512 + g] = _unless_kept(act, (lj[512 + g] + fx), lj[512 + g])
        lj[1280 + g] = _unless_kept(act, (lj[1280 + g] + fy), lj[1280 + g])
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.13333333333333333) * px
        vya = vya - (0.13333333333333333) * py
        wa = wa - (0.05871559633027523) * (r1x * py - r1y * px)
        vxb = vxb + (0.09900990099009901) * px
        vyb = vyb + (0.09900990099009901) * py
        wb = wb + (0.04027180109757439) * (r2x * py - r2y * px)
        state = lj[8192 + g]
        motor = (lj[6656 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[4352 + g]
        force = -25.0 * lj[12032 + g] * cdot
        old = lj[2048 + g]
        new = old + force
        new = new if new < (3000.0) else (3000.0)
        new = -(3000.0) if -(3000.0) > new else new
        lj[2048 + g] = _unless_kept(act, (_unless_kept(motor, new, old)), lj[2048 + g])
        force = new - old
        wa = wa - (0.05871559633027523) * 0.04 * force if motor else wa
        wb = wb + (0.04027180109757439) * 0.04 * force if motor else wb
        limit = (lj[7424 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[12032 + g] * cdot
        old = lj[2816 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2816 + g] = _unless_kept(act, (_unless_kept(limit, new, old)), lj[2816 + g])
        lb[3776 + g] = _unless_kept(act, (vxa), lb[3776 + g])
        lb[4928 + g] = _unless_kept(act, (vya), lb[4928 + g])
        lb[3648 + g] = _unless_kept(act, (vxb), lb[3648 + g])
        lb[4800 + g] = _unless_kept(act, (vyb), lb[4800 + g])
        lb[6080 + g] = _unless_kept(act, (wa - (0.05871559633027523) * 0.04 * force if limit else wa), lb[6080 + g])
        lb[5952 + g] = _unless_kept(act, (wb + (0.04027180109757439) * 0.04 * force if limit else wb), lb[5952 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[13696 + g], lj[14464 + g], lj[15232 + g], lj[16000 + g]
        vxa, vya, wa = lb[3840 + g], lb[4992 + g], lb[6144 + g]
        vxb, vyb, wb = lb[3776 + g], lb[4928 + g], lb[6080 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[9088 + g] * cdx + lj[10624 + g] * cdy)
        fy = -25.0 * (lj[9856 + g] * cdx + lj[11392 + g] * cdy)
        lj[640 + g] = _unless_kept(act, (lj[640 + g] + fx), lj[640 + g])
        lj[1408 + g] = _unless_kept(act, (lj[1408 + g] + fy), lj[1408 + g])
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09144947416552353) * px
        vya = vya - (0.09144947416552353) * py
        wa = wa - (0.1204272910821709) * (r1x * py - r1y * px)
        vxb = vxb + (0.13333333333333333) * px
        vyb = vyb + (0.13333333333333333) * py
        wb = wb + (0.05871559633027523) * (r2x * py - r2y * px)
        state = lj[8320 + g]
        limit = (lj[7552 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[12160 + g] * cdot
        old = lj[2944 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2944 + g] = _unless_kept(act, (_unless_kept(limit, new, old)), lj[2944 + g])
        lb[3840 + g] = _unless_kept(act, (vxa), lb[3840 + g])
        lb[4992 + g] = _unless_kept(act, (vya), lb[4992 + g])
        lb[3776 + g] = _unless_kept(act, (vxb), lb[3776 + g])
        lb[4928 + g] = _unless_kept(act, (vyb), lb[4928 + g])
        lb[6144 + g] = _unless_kept(act, (wa - (0.1204272910821709) * 0.04 * force if limit else wa), lb[6144 + g])
        lb[6080 + g] = _unless_kept(act, (wb + (0.05871559633027523) * 0.04 * force if limit else wb), lb[6080 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        r1x, r1y, r2x, r2y = lj[13760 + g], lj[14528 + g], lj[15296 + g], lj[16064 + g]
        vxa, vya, wa = lb[4096 + g], lb[5248 + g], lb[6400 + g]
        vxb, vyb, wb = lb[4032 + g], lb[5184 + g], lb[6336 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[9152 + g] * cdx + lj[10688 + g] * cdy)
        fy = -25.0 * (lj[9920 + g] * cdx + lj[11456 + g] * cdy)
        lj[704 + g] = _unless_kept(act, (lj[704 + g] + fx), lj[704 + g])
        lj[1472 + g] = _unless_kept(act, (lj[1472 + g] + fy), lj[1472 + g])
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.08514261387824605) * px
        vya = vya - (0.08514261387824605) * py
        wa = wa - (0.10877949071482061) * (r1x * py - r1y * px)
        vxb = vxb + (0.13333333333333333) * px
        vyb = vyb + (0.13333333333333333) * py
        wb = wb + (0.05871559633027523) * (r2x * py - r2y * px)
        state = lj[8384 + g]
        limit = (lj[7616 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[12224 + g] * cdot
        old = lj[3008 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[3008 + g] = _unless_kept(act, (_unless_kept(limit, new, old)), lj[3008 + g])
        lb[4096 + g] = _unless_kept(act, (vxa), lb[4096 + g])
        lb[5248 + g] = _unless_kept(act, (vya), lb[5248 + g])
        lb[4032 + g] = _unless_kept(act, (vxb), lb[4032 + g])
        lb[5184 + g] = _unless_kept(act, (vyb), lb[5184 + g])
        lb[6400 + g] = _unless_kept(act, (wa - (0.10877949071482061) * 0.04 * force if limit else wa), lb[6400 + g])
        lb[6336 + g] = _unless_kept(act, (wb + (0.05871559633027523) * 0.04 * force if limit else wb), lb[6336 + g])


@njit(cache=True, _nrt=False, error_model='numpy')
def init_sweep_all(lb, lj, n_lanes):
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[12096 + g], lb[13248 + g], lb[12224 + g], lb[13376 + g]
        r1x = ca * (1.9464226250774301) - sa * (0.23026118775573867)
        r1y = sa * (1.9464226250774301) + ca * (0.23026118775573867)
        r2x = cb * (2.0958596632699917) - sb * (0.29461641905670727)
        r2y = sb * (2.0958596632699917) + cb * (0.29461641905670727)
        lj[13632 + g], lj[14400 + g], lj[15168 + g], lj[15936 + g] = r1x, r1y, r2x, r2y
        k11 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1y * r1y + (0.03527813872540085) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1x * r1x + (0.03527813872540085) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[9024 + g] = det * k22
        lj[10560 + g] = -det * k12
        lj[9792 + g] = -det * k21
        lj[11328 + g] = det * k11
        lj[12096 + g] = 1.0 / ((0.05871559633027523) + (0.03527813872540085))
        mf = _unless_kept(lj[6720 + g] == 0.0, 0.0, lj[2112 + g])
        lj[2112 + g] = mf
        angle = lb[3008 + g] - lb[2880 + g] - (2.2893406247158676)
        lower, upper = lj[5184 + g], lj[5952 + g]
        old_state, lf = lj[8256 + g], lj[2880 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7488 + g] != 0.0
        lj[8256 + g] = _unless_kept(limit, state, old_state)
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2880 + g] = lf
        pfx, pfy = lj[576 + g], lj[1344 + g]
        lb[4032 + g] = lb[4032 + g] - 0.04 * (0.13333333333333333) * pfx
        lb[5184 + g] = lb[5184 + g] - 0.04 * (0.13333333333333333) * pfy
        lb[6336 + g] = lb[6336 + g] - 0.04 * (0.05871559633027523) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[4160 + g] = lb[4160 + g] + 0.04 * (0.09433962264150944) * pfx
        lb[5312 + g] = lb[5312 + g] + 0.04 * (0.09433962264150944) * pfy
        lb[6464 + g] = lb[6464 + g] + 0.04 * (0.03527813872540085) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[3648 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[12224 + g], lb[13376 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (-2.0961942262183917) - sa * (0.18536556036297194)
        r1y = sa * (-2.0961942262183917) + ca * (0.18536556036297194)
        r2x = cb * (-2.162191390759836) - sb * (-0.6165265219145436)
        r2y = sb * (-2.162191390759836) + cb * (-0.6165265219145436)
        lj[13376 + g], lj[14144 + g], lj[14912 + g], lj[15680 + g] = r1x, r1y, r2x, r2y
        k11 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8768 + g] = det * k22
        lj[10304 + g] = -det * k12
        lj[9536 + g] = -det * k21
        lj[11072 + g] = det * k11
        lj[11840 + g] = 1.0 / ((0.03527813872540085) + (0.012598303677779489))
        mf = _unless_kept(lj[6464 + g] == 0.0, 0.0, lj[1856 + g])
        lj[1856 + g] = mf
        angle = lb[2304 + g] - lb[3008 + g] - (-2.719359381718199)
        lower, upper = lj[4928 + g], lj[5696 + g]
        old_state, lf = lj[8000 + g], lj[2624 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7232 + g] != 0.0
        lj[8000 + g] = _unless_kept(limit, state, old_state)
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2624 + g] = lf
        pfx, pfy = lj[320 + g], lj[1088 + g]
        lb[4160 + g] = lb[4160 + g] - 0.04 * (0.09433962264150944) * pfx
        lb[5312 + g] = lb[5312 + g] - 0.04 * (0.09433962264150944) * pfy
        lb[6464 + g] = lb[6464 + g] - 0.04 * (0.03527813872540085) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[3456 + g] = lb[3456 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[4608 + g] = lb[4608 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[5760 + g] = lb[5760 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[3392 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11712 + g], lb[12864 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (1.5149934600879298) - sa * (0.10302974517488483)
        r1y = sa * (1.5149934600879298) + ca * (0.10302974517488483)
        r2x = cb * (-2.1617729534350554) - sb * (0.17997450596313957)
        r2y = sb * (-2.1617729534350554) + cb * (0.17997450596313957)
        lj[13312 + g], lj[14080 + g], lj[14848 + g], lj[15616 + g] = r1x, r1y, r2x, r2y
        k11 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8704 + g] = det * k22
        lj[10240 + g] = -det * k12
        lj[9472 + g] = -det * k21
        lj[11008 + g] = det * k11
        lj[11776 + g] = 1.0 / ((0.04027180109757439) + (0.012598303677779489))
        mf = _unless_kept(lj[6400 + g] == 0.0, 0.0, lj[1792 + g])
        lj[1792 + g] = mf
        angle = lb[2304 + g] - lb[2496 + g] - (0.7258477508944043)
        lower, upper = lj[4864 + g], lj[5632 + g]
        old_state, lf = lj[7936 + g], lj[2560 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7168 + g] != 0.0
        lj[7936 + g] = _unless_kept(limit, state, old_state)
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2560 + g] = lf
        pfx, pfy = lj[256 + g], lj[1024 + g]
        lb[3648 + g] = lb[3648 + g] - 0.04 * (0.09900990099009901) * pfx
        lb[4800 + g] = lb[4800 + g] - 0.04 * (0.09900990099009901) * pfy
        lb[5952 + g] = lb[5952 + g] - 0.04 * (0.04027180109757439) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[3456 + g] = lb[3456 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[4608 + g] = lb[4608 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[5760 + g] = lb[5760 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[3328 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11776 + g], lb[12928 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (-1.06207890966549) - sa * (0.17409394631566927)
        r1y = sa * (-1.06207890966549) + ca * (0.17409394631566927)
        r2x = cb * (1.9283425691848988) - sb * (0.5346402981158307)
        r2y = sb * (1.9283425691848988) + cb * (0.5346402981158307)
        lj[13248 + g], lj[14016 + g], lj[14784 + g], lj[15552 + g] = r1x, r1y, r2x, r2y
        k11 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8640 + g] = det * k22
        lj[10176 + g] = -det * k12
        lj[9408 + g] = -det * k21
        lj[10944 + g] = det * k11
        lj[11712 + g] = 1.0 / ((0.17010946366789667) + (0.012598303677779489))
        mf = _unless_kept(lj[6336 + g] == 0.0, 0.0, lj[1728 + g])
        lj[1728 + g] = mf
        angle = lb[2304 + g] - lb[2560 + g] - (-2.09438311816829)
        lower, upper = lj[4800 + g], lj[5568 + g]
        old_state, lf = lj[7872 + g], lj[2496 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7104 + g] != 0.0
        lj[7872 + g] = _unless_kept(limit, state, old_state)
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2496 + g] = lf
        pfx, pfy = lj[192 + g], lj[960 + g]
        lb[3712 + g] = lb[3712 + g] - 0.04 * (0.21621621621621623) * pfx
        lb[4864 + g] = lb[4864 + g] - 0.04 * (0.21621621621621623) * pfy
        lb[6016 + g] = lb[6016 + g] - 0.04 * (0.17010946366789667) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[3456 + g] = lb[3456 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[4608 + g] = lb[4608 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[5760 + g] = lb[5760 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[3264 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[12032 + g], lb[13184 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (1.2001841231501342) - sa * (0.014095940491621661)
        r1y = sa * (1.2001841231501342) + ca * (0.014095940491621661)
        r2x = cb * (2.0154692227269657) - sb * (-0.963716471396211)
        r2y = sb * (2.0154692227269657) + cb * (-0.963716471396211)
        lj[13184 + g], lj[13952 + g], lj[14720 + g], lj[15488 + g] = r1x, r1y, r2x, r2y
        k11 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8576 + g] = det * k22
        lj[10112 + g] = -det * k12
        lj[9344 + g] = -det * k21
        lj[10880 + g] = det * k11
        lj[11648 + g] = 1.0 / ((0.1174846535671278) + (0.012598303677779489))
        mf = _unless_kept(lj[6272 + g] == 0.0, 0.0, lj[1664 + g])
        lj[1664 + g] = mf
        angle = lb[2304 + g] - lb[2816 + g] - (-0.7853907065463961)
        lower, upper = lj[4736 + g], lj[5504 + g]
        old_state, lf = lj[7808 + g], lj[2432 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7040 + g] != 0.0
        lj[7808 + g] = _unless_kept(limit, state, old_state)
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2432 + g] = lf
        pfx, pfy = lj[128 + g], lj[896 + g]
        lb[3968 + g] = lb[3968 + g] - 0.04 * (0.17094017094017094) * pfx
        lb[5120 + g] = lb[5120 + g] - 0.04 * (0.17094017094017094) * pfy
        lb[6272 + g] = lb[6272 + g] - 0.04 * (0.1174846535671278) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[3456 + g] = lb[3456 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[4608 + g] = lb[4608 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[5760 + g] = lb[5760 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[3200 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11584 + g], lb[12736 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (-0.22839485113389013) - sa * (1.1126087775923434)
        r1y = sa * (-0.22839485113389013) + ca * (1.1126087775923434)
        r2x = cb * (2.859519853416241) - sb * (0.1894010834667077)
        r2y = sb * (2.859519853416241) + cb * (0.1894010834667077)
        lj[13120 + g], lj[13888 + g], lj[14656 + g], lj[15424 + g] = r1x, r1y, r2x, r2y
        k11 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8512 + g] = det * k22
        lj[10048 + g] = -det * k12
        lj[9280 + g] = -det * k21
        lj[10816 + g] = det * k11
        lj[11584 + g] = 1.0 / ((0.18086620215453098) + (0.012598303677779489))
        mf = 0.0
        lj[1600 + g] = mf
        angle = lb[2304 + g] - lb[2368 + g] - (-1.308996406363529)
        lower, upper = lj[4672 + g], lj[5440 + g]
        old_state, lf = lj[7744 + g], lj[2368 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[6976 + g] != 0.0
        lj[7744 + g] = _unless_kept(limit, state, old_state)
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2368 + g] = lf
        pfx, pfy = lj[64 + g], lj[832 + g]
        lb[3520 + g] = lb[3520 + g] - 0.04 * (0.17551557700745943) * pfx
        lb[4672 + g] = lb[4672 + g] - 0.04 * (0.17551557700745943) * pfy
        lb[5824 + g] = lb[5824 + g] - 0.04 * (0.18086620215453098) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[3456 + g] = lb[3456 + g] + 0.04 * (0.053569037096558185) * pfx
        lb[4608 + g] = lb[4608 + g] + 0.04 * (0.053569037096558185) * pfy
        lb[5760 + g] = lb[5760 + g] + 0.04 * (0.012598303677779489) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[3136 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11968 + g], lb[13120 + g], lb[12032 + g], lb[13184 + g]
        r1x = ca * (1.786878910753607) - sa * (-0.0875161173956252)
        r1y = sa * (1.786878910753607) + ca * (-0.0875161173956252)
        r2x = cb * (-1.3780071636887363) - sb * (0.014064825719664498)
        r2y = sb * (-1.3780071636887363) + cb * (0.014064825719664498)
        lj[13504 + g], lj[14272 + g], lj[15040 + g], lj[15808 + g] = r1x, r1y, r2x, r2y
        k11 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1y * r1y + (0.1174846535671278) * r2y * r2y
        k12 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k21 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k22 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1x * r1x + (0.1174846535671278) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8896 + g] = det * k22
        lj[10432 + g] = -det * k12
        lj[9664 + g] = -det * k21
        lj[11200 + g] = det * k11
        lj[11968 + g] = 1.0 / ((0.09237008652479196) + (0.1174846535671278))
        mf = 0.0
        lj[1984 + g] = mf
        angle = lb[2816 + g] - lb[2752 + g] - (1.2968199012274688)
        lower, upper = lj[5056 + g], lj[5824 + g]
        old_state, lf = lj[8128 + g], lj[2752 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7360 + g] != 0.0
        lj[8128 + g] = _unless_kept(limit, state, old_state)
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2752 + g] = lf
        pfx, pfy = lj[448 + g], lj[1216 + g]
        lb[3904 + g] = lb[3904 + g] - 0.04 * (0.16645859342488556) * pfx
        lb[5056 + g] = lb[5056 + g] - 0.04 * (0.16645859342488556) * pfy
        lb[6208 + g] = lb[6208 + g] - 0.04 * (0.09237008652479196) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[3968 + g] = lb[3968 + g] + 0.04 * (0.17094017094017094) * pfx
        lb[5120 + g] = lb[5120 + g] + 0.04 * (0.17094017094017094) * pfy
        lb[6272 + g] = lb[6272 + g] + 0.04 * (0.1174846535671278) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[3520 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11648 + g], lb[12800 + g], lb[11776 + g], lb[12928 + g]
        r1x = ca * (-1.2620587423023988) - sa * (0.15722668659641342)
        r1y = sa * (-1.2620587423023988) + ca * (0.15722668659641342)
        r2x = cb * (1.6027887369842992) - sb * (-0.14793204384539627)
        r2y = sb * (1.6027887369842992) + cb * (-0.14793204384539627)
        lj[13440 + g], lj[14208 + g], lj[14976 + g], lj[15744 + g] = r1x, r1y, r2x, r2y
        k11 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1y * r1y + (0.17010946366789667) * r2y * r2y
        k12 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k21 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k22 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1x * r1x + (0.17010946366789667) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8832 + g] = det * k22
        lj[10368 + g] = -det * k12
        lj[9600 + g] = -det * k21
        lj[11136 + g] = det * k11
        lj[11904 + g] = 1.0 / ((0.23156635340884965) + (0.17010946366789667))
        mf = 0.0
        lj[1920 + g] = mf
        angle = lb[2560 + g] - lb[2432 + g] - (2.09438311816829)
        lower, upper = lj[4992 + g], lj[5760 + g]
        old_state, lf = lj[8064 + g], lj[2688 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7296 + g] != 0.0
        lj[8064 + g] = _unless_kept(limit, state, old_state)
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2688 + g] = lf
        pfx, pfy = lj[384 + g], lj[1152 + g]
        lb[3584 + g] = lb[3584 + g] - 0.04 * (0.2597402597402597) * pfx
        lb[4736 + g] = lb[4736 + g] - 0.04 * (0.2597402597402597) * pfy
        lb[5888 + g] = lb[5888 + g] - 0.04 * (0.23156635340884965) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[3712 + g] = lb[3712 + g] + 0.04 * (0.21621621621621623) * pfx
        lb[4864 + g] = lb[4864 + g] + 0.04 * (0.21621621621621623) * pfy
        lb[6016 + g] = lb[6016 + g] + 0.04 * (0.17010946366789667) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[3456 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11840 + g], lb[12992 + g], lb[11712 + g], lb[12864 + g]
        r1x = ca * (2.0031668711363886) - sa * (0.29778450493880393)
        r1y = sa * (2.0031668711363886) + ca * (0.29778450493880393)
        r2x = cb * (-2.039930985466258) - sb * (-0.06884320616201656)
        r2y = sb * (-2.039930985466258) + cb * (-0.06884320616201656)
        lj[13568 + g], lj[14336 + g], lj[15104 + g], lj[15872 + g] = r1x, r1y, r2x, r2y
        k11 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1y * r1y + (0.04027180109757439) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1x * r1x + (0.04027180109757439) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[8960 + g] = det * k22
        lj[10496 + g] = -det * k12
        lj[9728 + g] = -det * k21
        lj[11264 + g] = det * k11
        lj[12032 + g] = 1.0 / ((0.05871559633027523) + (0.04027180109757439))
        mf = _unless_kept(lj[6656 + g] == 0.0, 0.0, lj[2048 + g])
        lj[2048 + g] = mf
        angle = lb[2496 + g] - lb[2624 + g] - (-0.3953113764119829)
        lower, upper = lj[5120 + g], lj[5888 + g]
        old_state, lf = lj[8192 + g], lj[2816 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7424 + g] != 0.0
        lj[8192 + g] = _unless_kept(limit, state, old_state)
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2816 + g] = lf
        pfx, pfy = lj[512 + g], lj[1280 + g]
        lb[3776 + g] = lb[3776 + g] - 0.04 * (0.13333333333333333) * pfx
        lb[4928 + g] = lb[4928 + g] - 0.04 * (0.13333333333333333) * pfy
        lb[6080 + g] = lb[6080 + g] - 0.04 * (0.05871559633027523) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[3648 + g] = lb[3648 + g] + 0.04 * (0.09900990099009901) * pfx
        lb[4800 + g] = lb[4800 + g] + 0.04 * (0.09900990099009901) * pfy
        lb[5952 + g] = lb[5952 + g] + 0.04 * (0.04027180109757439) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[3584 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11904 + g], lb[13056 + g], lb[11840 + g], lb[12992 + g]
        r1x = ca * (-0.6270934582479109) - sa * (-0.06637286435491148)
        r1y = sa * (-0.6270934582479109) + ca * (-0.06637286435491148)
        r2x = cb * (-2.425382538900126) - sb * (0.13895539751438638)
        r2y = sb * (-2.425382538900126) + cb * (0.13895539751438638)
        lj[13696 + g], lj[14464 + g], lj[15232 + g], lj[16000 + g] = r1x, r1y, r2x, r2y
        k11 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[9088 + g] = det * k22
        lj[10624 + g] = -det * k12
        lj[9856 + g] = -det * k21
        lj[11392 + g] = det * k11
        lj[12160 + g] = 1.0 / ((0.1204272910821709) + (0.05871559633027523))
        mf = 0.0
        lj[2176 + g] = mf
        angle = lb[2624 + g] - lb[2688 + g] - (-1.7244327585010226)
        lower, upper = lj[5248 + g], lj[6016 + g]
        old_state, lf = lj[8320 + g], lj[2944 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7552 + g] != 0.0
        lj[8320 + g] = _unless_kept(limit, state, old_state)
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[2944 + g] = lf
        pfx, pfy = lj[640 + g], lj[1408 + g]
        lb[3840 + g] = lb[3840 + g] - 0.04 * (0.09144947416552353) * pfx
        lb[4992 + g] = lb[4992 + g] - 0.04 * (0.09144947416552353) * pfy
        lb[6144 + g] = lb[6144 + g] - 0.04 * (0.1204272910821709) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[3776 + g] = lb[3776 + g] + 0.04 * (0.13333333333333333) * pfx
        lb[4928 + g] = lb[4928 + g] + 0.04 * (0.13333333333333333) * pfy
        lb[6080 + g] = lb[6080 + g] + 0.04 * (0.05871559633027523) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[3712 + g] = 0.0
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[12160 + g], lb[13312 + g], lb[12096 + g], lb[13248 + g]
        r1x = ca * (-0.7779783144804977) - sa * (-0.20811593451266924)
        r1y = sa * (-0.7779783144804977) + ca * (-0.20811593451266924)
        r2x = cb * (-2.2591139640195603) - sb * (0.08142886510219238)
        r2y = sb * (-2.2591139640195603) + cb * (0.08142886510219238)
        lj[13760 + g], lj[14528 + g], lj[15296 + g], lj[16064 + g] = r1x, r1y, r2x, r2y
        k11 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        det = k11 * k22 - k12 * k21
        det = 1.0 / det
        lj[9152 + g] = det * k22
        lj[10688 + g] = -det * k12
        lj[9920 + g] = -det * k21
        lj[11456 + g] = det * k11
        lj[12224 + g] = 1.0 / ((0.10877949071482061) + (0.05871559633027523))
        mf = 0.0
        lj[2240 + g] = mf
        angle = lb[2880 + g] - lb[2944 + g] - (-1.5708045825942758)
        lower, upper = lj[5312 + g], lj[6080 + g]
        old_state, lf = lj[8384 + g], lj[3008 + g]
        equal = abs(upper - lower) < 2.0 * 0.03490658503988659
        low = angle <= lower
        high = angle >= upper
        state = 3.0 if equal else (1.0 if low else (2.0 if high else 0.0))
        keep = equal | (low & (old_state == 1.0)) | ((low == False) & high & (old_state == 2.0))
        limit = lj[7616 + g] != 0.0
        lj[8384 + g] = _unless_kept(limit, state, old_state)
        lf = _unless_kept((limit & keep) == False, 0.0, lf)
        lj[3008 + g] = lf
        pfx, pfy = lj[704 + g], lj[1472 + g]
        lb[4096 + g] = lb[4096 + g] - 0.04 * (0.08514261387824605) * pfx
        lb[5248 + g] = lb[5248 + g] - 0.04 * (0.08514261387824605) * pfy
        lb[6400 + g] = lb[6400 + g] - 0.04 * (0.10877949071482061) * ((r1x * pfy - r1y * pfx) + mf + lf)
        lb[4032 + g] = lb[4032 + g] + 0.04 * (0.13333333333333333) * pfx
        lb[5184 + g] = lb[5184 + g] + 0.04 * (0.13333333333333333) * pfy
        lb[6336 + g] = lb[6336 + g] + 0.04 * (0.05871559633027523) * ((r2x * pfy - r2y * pfx) + mf + lf)
        lj[3776 + g] = 0.0



@njit(cache=True, _nrt=False, error_model='numpy')
def velocity_sweep_all(lb, lj, n_lanes):
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[13632 + g], lj[14400 + g], lj[15168 + g], lj[15936 + g]
        vxa, vya, wa = lb[4032 + g], lb[5184 + g], lb[6336 + g]
        vxb, vyb, wb = lb[4160 + g], lb[5312 + g], lb[6464 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[9024 + g] * cdx + lj[10560 + g] * cdy)
        fy = -25.0 * (lj[9792 + g] * cdx + lj[11328 + g] * cdy)
        lj[576 + g] = lj[576 + g] + fx
        lj[1344 + g] = lj[1344 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.13333333333333333) * px
        vya = vya - (0.13333333333333333) * py
        wa = wa - (0.05871559633027523) * (r1x * py - r1y * px)
        vxb = vxb + (0.09433962264150944) * px
        vyb = vyb + (0.09433962264150944) * py
        wb = wb + (0.03527813872540085) * (r2x * py - r2y * px)
        state = lj[8256 + g]
        motor = (lj[6720 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[4416 + g]
        force = -25.0 * lj[12096 + g] * cdot
        old = lj[2112 + g]
        new = old + force
        new = new if new < (3000.0) else (3000.0)
        new = -(3000.0) if -(3000.0) > new else new
        lj[2112 + g] = _unless_kept(motor, new, old)
        force = new - old
        wa = wa - (0.05871559633027523) * 0.04 * force if motor else wa
        wb = wb + (0.03527813872540085) * 0.04 * force if motor else wb
        limit = (lj[7488 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[12096 + g] * cdot
        old = lj[2880 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2880 + g] = _unless_kept(limit, new, old)
        lb[4032 + g], lb[5184 + g], lb[4160 + g], lb[5312 + g] = vxa, vya, vxb, vyb
        lb[6336 + g] = wa - (0.05871559633027523) * 0.04 * force if limit else wa
        lb[6464 + g] = wb + (0.03527813872540085) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[13376 + g], lj[14144 + g], lj[14912 + g], lj[15680 + g]
        vxa, vya, wa = lb[4160 + g], lb[5312 + g], lb[6464 + g]
        vxb, vyb, wb = lb[3456 + g], lb[4608 + g], lb[5760 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8768 + g] * cdx + lj[10304 + g] * cdy)
        fy = -25.0 * (lj[9536 + g] * cdx + lj[11072 + g] * cdy)
        lj[320 + g] = lj[320 + g] + fx
        lj[1088 + g] = lj[1088 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09433962264150944) * px
        vya = vya - (0.09433962264150944) * py
        wa = wa - (0.03527813872540085) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[8000 + g]
        motor = (lj[6464 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[4160 + g]
        force = -25.0 * lj[11840 + g] * cdot
        old = lj[1856 + g]
        new = old + force
        new = new if new < (6000.0) else (6000.0)
        new = -(6000.0) if -(6000.0) > new else new
        lj[1856 + g] = _unless_kept(motor, new, old)
        force = new - old
        wa = wa - (0.03527813872540085) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[7232 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11840 + g] * cdot
        old = lj[2624 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2624 + g] = _unless_kept(limit, new, old)
        lb[4160 + g], lb[5312 + g], lb[3456 + g], lb[4608 + g] = vxa, vya, vxb, vyb
        lb[6464 + g] = wa - (0.03527813872540085) * 0.04 * force if limit else wa
        lb[5760 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[13312 + g], lj[14080 + g], lj[14848 + g], lj[15616 + g]
        vxa, vya, wa = lb[3648 + g], lb[4800 + g], lb[5952 + g]
        vxb, vyb, wb = lb[3456 + g], lb[4608 + g], lb[5760 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8704 + g] * cdx + lj[10240 + g] * cdy)
        fy = -25.0 * (lj[9472 + g] * cdx + lj[11008 + g] * cdy)
        lj[256 + g] = lj[256 + g] + fx
        lj[1024 + g] = lj[1024 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09900990099009901) * px
        vya = vya - (0.09900990099009901) * py
        wa = wa - (0.04027180109757439) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[7936 + g]
        motor = (lj[6400 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[4096 + g]
        force = -25.0 * lj[11776 + g] * cdot
        old = lj[1792 + g]
        new = old + force
        new = new if new < (6000.0) else (6000.0)
        new = -(6000.0) if -(6000.0) > new else new
        lj[1792 + g] = _unless_kept(motor, new, old)
        force = new - old
        wa = wa - (0.04027180109757439) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[7168 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11776 + g] * cdot
        old = lj[2560 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2560 + g] = _unless_kept(limit, new, old)
        lb[3648 + g], lb[4800 + g], lb[3456 + g], lb[4608 + g] = vxa, vya, vxb, vyb
        lb[5952 + g] = wa - (0.04027180109757439) * 0.04 * force if limit else wa
        lb[5760 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[13248 + g], lj[14016 + g], lj[14784 + g], lj[15552 + g]
        vxa, vya, wa = lb[3712 + g], lb[4864 + g], lb[6016 + g]
        vxb, vyb, wb = lb[3456 + g], lb[4608 + g], lb[5760 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8640 + g] * cdx + lj[10176 + g] * cdy)
        fy = -25.0 * (lj[9408 + g] * cdx + lj[10944 + g] * cdy)
        lj[192 + g] = lj[192 + g] + fx
        lj[960 + g] = lj[960 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.21621621621621623) * px
        vya = vya - (0.21621621621621623) * py
        wa = wa - (0.17010946366789667) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[7872 + g]
        motor = (lj[6336 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[4032 + g]
        force = -25.0 * lj[11712 + g] * cdot
        old = lj[1728 + g]
        new = old + force
        new = new if new < (1000.0) else (1000.0)
        new = -(1000.0) if -(1000.0) > new else new
        lj[1728 + g] = _unless_kept(motor, new, old)
        force = new - old
        wa = wa - (0.17010946366789667) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[7104 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11712 + g] * cdot
        old = lj[2496 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2496 + g] = _unless_kept(limit, new, old)
        lb[3712 + g], lb[4864 + g], lb[3456 + g], lb[4608 + g] = vxa, vya, vxb, vyb
        lb[6016 + g] = wa - (0.17010946366789667) * 0.04 * force if limit else wa
        lb[5760 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[13184 + g], lj[13952 + g], lj[14720 + g], lj[15488 + g]
        vxa, vya, wa = lb[3968 + g], lb[5120 + g], lb[6272 + g]
        vxb, vyb, wb = lb[3456 + g], lb[4608 + g], lb[5760 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8576 + g] * cdx + lj[10112 + g] * cdy)
        fy = -25.0 * (lj[9344 + g] * cdx + lj[10880 + g] * cdy)
        lj[128 + g] = lj[128 + g] + fx
        lj[896 + g] = lj[896 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.17094017094017094) * px
        vya = vya - (0.17094017094017094) * py
        wa = wa - (0.1174846535671278) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[7808 + g]
        motor = (lj[6272 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[3968 + g]
        force = -25.0 * lj[11648 + g] * cdot
        old = lj[1664 + g]
        new = old + force
        new = new if new < (1000.0) else (1000.0)
        new = -(1000.0) if -(1000.0) > new else new
        lj[1664 + g] = _unless_kept(motor, new, old)
        force = new - old
        wa = wa - (0.1174846535671278) * 0.04 * force if motor else wa
        wb = wb + (0.012598303677779489) * 0.04 * force if motor else wb
        limit = (lj[7040 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11648 + g] * cdot
        old = lj[2432 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2432 + g] = _unless_kept(limit, new, old)
        lb[3968 + g], lb[5120 + g], lb[3456 + g], lb[4608 + g] = vxa, vya, vxb, vyb
        lb[6272 + g] = wa - (0.1174846535671278) * 0.04 * force if limit else wa
        lb[5760 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[13120 + g], lj[13888 + g], lj[14656 + g], lj[15424 + g]
        vxa, vya, wa = lb[3520 + g], lb[4672 + g], lb[5824 + g]
        vxb, vyb, wb = lb[3456 + g], lb[4608 + g], lb[5760 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8512 + g] * cdx + lj[10048 + g] * cdy)
        fy = -25.0 * (lj[9280 + g] * cdx + lj[10816 + g] * cdy)
        lj[64 + g] = lj[64 + g] + fx
        lj[832 + g] = lj[832 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.17551557700745943) * px
        vya = vya - (0.17551557700745943) * py
        wa = wa - (0.18086620215453098) * (r1x * py - r1y * px)
        vxb = vxb + (0.053569037096558185) * px
        vyb = vyb + (0.053569037096558185) * py
        wb = wb + (0.012598303677779489) * (r2x * py - r2y * px)
        state = lj[7744 + g]
        limit = (lj[6976 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11584 + g] * cdot
        old = lj[2368 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2368 + g] = _unless_kept(limit, new, old)
        lb[3520 + g], lb[4672 + g], lb[3456 + g], lb[4608 + g] = vxa, vya, vxb, vyb
        lb[5824 + g] = wa - (0.18086620215453098) * 0.04 * force if limit else wa
        lb[5760 + g] = wb + (0.012598303677779489) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[13504 + g], lj[14272 + g], lj[15040 + g], lj[15808 + g]
        vxa, vya, wa = lb[3904 + g], lb[5056 + g], lb[6208 + g]
        vxb, vyb, wb = lb[3968 + g], lb[5120 + g], lb[6272 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8896 + g] * cdx + lj[10432 + g] * cdy)
        fy = -25.0 * (lj[9664 + g] * cdx + lj[11200 + g] * cdy)
        lj[448 + g] = lj[448 + g] + fx
        lj[1216 + g] = lj[1216 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.16645859342488556) * px
        vya = vya - (0.16645859342488556) * py
        wa = wa - (0.09237008652479196) * (r1x * py - r1y * px)
        vxb = vxb + (0.17094017094017094) * px
        vyb = vyb + (0.17094017094017094) * py
        wb = wb + (0.1174846535671278) * (r2x * py - r2y * px)
        state = lj[8128 + g]
        limit = (lj[7360 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11968 + g] * cdot
        old = lj[2752 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2752 + g] = _unless_kept(limit, new, old)
        lb[3904 + g], lb[5056 + g], lb[3968 + g], lb[5120 + g] = vxa, vya, vxb, vyb
        lb[6208 + g] = wa - (0.09237008652479196) * 0.04 * force if limit else wa
        lb[6272 + g] = wb + (0.1174846535671278) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[13440 + g], lj[14208 + g], lj[14976 + g], lj[15744 + g]
        vxa, vya, wa = lb[3584 + g], lb[4736 + g], lb[5888 + g]
        vxb, vyb, wb = lb[3712 + g], lb[4864 + g], lb[6016 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8832 + g] * cdx + lj[10368 + g] * cdy)
        fy = -25.0 * (lj[9600 + g] * cdx + lj[11136 + g] * cdy)
        lj[384 + g] = lj[384 + g] + fx
        lj[1152 + g] = lj[1152 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.2597402597402597) * px
        vya = vya - (0.2597402597402597) * py
        wa = wa - (0.23156635340884965) * (r1x * py - r1y * px)
        vxb = vxb + (0.21621621621621623) * px
        vyb = vyb + (0.21621621621621623) * py
        wb = wb + (0.17010946366789667) * (r2x * py - r2y * px)
        state = lj[8064 + g]
        limit = (lj[7296 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[11904 + g] * cdot
        old = lj[2688 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2688 + g] = _unless_kept(limit, new, old)
        lb[3584 + g], lb[4736 + g], lb[3712 + g], lb[4864 + g] = vxa, vya, vxb, vyb
        lb[5888 + g] = wa - (0.23156635340884965) * 0.04 * force if limit else wa
        lb[6016 + g] = wb + (0.17010946366789667) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[13568 + g], lj[14336 + g], lj[15104 + g], lj[15872 + g]
        vxa, vya, wa = lb[3776 + g], lb[4928 + g], lb[6080 + g]
        vxb, vyb, wb = lb[3648 + g], lb[4800 + g], lb[5952 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[8960 + g] * cdx + lj[10496 + g] * cdy)
        fy = -25.0 * (lj[9728 + g] * cdx + lj[11264 + g] * cdy)
        lj[512 + g] = lj[512 + g] + fx
        lj[1280 + g] = lj[1280 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.13333333333333333) * px
        vya = vya - (0.13333333333333333) * py
        wa = wa - (0.05871559633027523) * (r1x * py - r1y * px)
        vxb = vxb + (0.09900990099009901) * px
        vyb = vyb + (0.09900990099009901) * py
        wb = wb + (0.04027180109757439) * (r2x * py - r2y * px)
        state = lj[8192 + g]
        motor = (lj[6656 + g] != 0.0) & (state != 3.0)
        cdot = wb - wa - lj[4352 + g]
        force = -25.0 * lj[12032 + g] * cdot
        old = lj[2048 + g]
        new = old + force
        new = new if new < (3000.0) else (3000.0)
        new = -(3000.0) if -(3000.0) > new else new
        lj[2048 + g] = _unless_kept(motor, new, old)
        force = new - old
        wa = wa - (0.05871559633027523) * 0.04 * force if motor else wa
        wb = wb + (0.04027180109757439) * 0.04 * force if motor else wb
        limit = (lj[7424 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[12032 + g] * cdot
        old = lj[2816 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2816 + g] = _unless_kept(limit, new, old)
        lb[3776 + g], lb[4928 + g], lb[3648 + g], lb[4800 + g] = vxa, vya, vxb, vyb
        lb[6080 + g] = wa - (0.05871559633027523) * 0.04 * force if limit else wa
        lb[5952 + g] = wb + (0.04027180109757439) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[13696 + g], lj[14464 + g], lj[15232 + g], lj[16000 + g]
        vxa, vya, wa = lb[3840 + g], lb[4992 + g], lb[6144 + g]
        vxb, vyb, wb = lb[3776 + g], lb[4928 + g], lb[6080 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[9088 + g] * cdx + lj[10624 + g] * cdy)
        fy = -25.0 * (lj[9856 + g] * cdx + lj[11392 + g] * cdy)
        lj[640 + g] = lj[640 + g] + fx
        lj[1408 + g] = lj[1408 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.09144947416552353) * px
        vya = vya - (0.09144947416552353) * py
        wa = wa - (0.1204272910821709) * (r1x * py - r1y * px)
        vxb = vxb + (0.13333333333333333) * px
        vyb = vyb + (0.13333333333333333) * py
        wb = wb + (0.05871559633027523) * (r2x * py - r2y * px)
        state = lj[8320 + g]
        limit = (lj[7552 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[12160 + g] * cdot
        old = lj[2944 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[2944 + g] = _unless_kept(limit, new, old)
        lb[3840 + g], lb[4992 + g], lb[3776 + g], lb[4928 + g] = vxa, vya, vxb, vyb
        lb[6144 + g] = wa - (0.1204272910821709) * 0.04 * force if limit else wa
        lb[6080 + g] = wb + (0.05871559633027523) * 0.04 * force if limit else wb
    for g in range(n_lanes):
        r1x, r1y, r2x, r2y = lj[13760 + g], lj[14528 + g], lj[15296 + g], lj[16064 + g]
        vxa, vya, wa = lb[4096 + g], lb[5248 + g], lb[6400 + g]
        vxb, vyb, wb = lb[4032 + g], lb[5184 + g], lb[6336 + g]
        cdx = vxb + -wb * r2y - vxa - -wa * r1y
        cdy = vyb + wb * r2x - vya - wa * r1x
        fx = -25.0 * (lj[9152 + g] * cdx + lj[10688 + g] * cdy)
        fy = -25.0 * (lj[9920 + g] * cdx + lj[11456 + g] * cdy)
        lj[704 + g] = lj[704 + g] + fx
        lj[1472 + g] = lj[1472 + g] + fy
        px = 0.04 * fx
        py = 0.04 * fy
        vxa = vxa - (0.08514261387824605) * px
        vya = vya - (0.08514261387824605) * py
        wa = wa - (0.10877949071482061) * (r1x * py - r1y * px)
        vxb = vxb + (0.13333333333333333) * px
        vyb = vyb + (0.13333333333333333) * py
        wb = wb + (0.05871559633027523) * (r2x * py - r2y * px)
        state = lj[8384 + g]
        limit = (lj[7616 + g] != 0.0) & (state != 0.0)
        cdot = wb - wa
        force = -25.0 * lj[12224 + g] * cdot
        old = lj[3008 + g]
        total = old + force
        low = total if total > 0.0 else 0.0
        high = total if total < 0.0 else 0.0
        equal = state == 3.0
        at_low = state == 1.0
        new = total if equal else (low if at_low else high)
        force = force if equal else (new - old)
        lj[3008 + g] = _unless_kept(limit, new, old)
        lb[4096 + g], lb[5248 + g], lb[4032 + g], lb[5184 + g] = vxa, vya, vxb, vyb
        lb[6400 + g] = wa - (0.10877949071482061) * 0.04 * force if limit else wa
        lb[6336 + g] = wb + (0.05871559633027523) * 0.04 * force if limit else wb


@njit(cache=True, _nrt=False, error_model='numpy')
def position_sweep(lb, lj, n_lanes):
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[12096 + g], lb[13248 + g], lb[12224 + g], lb[13376 + g]
        r1x = ca * (1.9464226250774301) - sa * (0.23026118775573867)
        r1y = sa * (1.9464226250774301) + ca * (0.23026118775573867)
        r2x = cb * (2.0958596632699917) - sb * (0.29461641905670727)
        r2y = sb * (2.0958596632699917) + cb * (0.29461641905670727)
        k11 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1y * r1y + (0.03527813872540085) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1x * r1x + (0.03527813872540085) * r2x * r2x
        cxa, cya, anga = lb[576 + g], lb[1728 + g], lb[2880 + g]
        cxb, cyb, angb = lb[704 + g], lb[1856 + g], lb[3008 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8256 + g]
        limit = (lj[7488 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (2.2893406247158676)
        mass = lj[12096 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3648 + g]
        cl = angle - lj[5184 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5952 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = lb[33408 + g] != 0.0
        lj[3648 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.05871559633027523) * impulse, anga)
        angb = _pick(limit, angb + (0.03527813872540085) * impulse, angb)
        lb[576 + g] = _unless_kept(act, cxa, lb[576 + g])
        lb[1728 + g] = _unless_kept(act, cya, lb[1728 + g])
        lb[704 + g] = _unless_kept(act, cxb, lb[704 + g])
        lb[1856 + g] = _unless_kept(act, cyb, lb[1856 + g])
        lb[2880 + g] = _unless_kept(act, anga, lb[2880 + g])
        lb[3008 + g] = _unless_kept(act, angb, lb[3008 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21312] != 0.0:
        for g in range(n_lanes):
            lb[13248 + g], lb[12096 + g] = _own_sincos(lb[2880 + g])
            lb[13376 + g], lb[12224 + g] = _own_sincos(lb[3008 + g])
    else:
        _glibc_rotations(lb, 9, 11, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[12224 + g], lb[13376 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (-2.0961942262183917) - sa * (0.18536556036297194)
        r1y = sa * (-2.0961942262183917) + ca * (0.18536556036297194)
        r2x = cb * (-2.162191390759836) - sb * (-0.6165265219145436)
        r2y = sb * (-2.162191390759836) + cb * (-0.6165265219145436)
        k11 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[704 + g], lb[1856 + g], lb[3008 + g]
        cxb, cyb, angb = lb[0 + g], lb[1152 + g], lb[2304 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8000 + g]
        limit = (lj[7232 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-2.719359381718199)
        mass = lj[11840 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3392 + g]
        cl = angle - lj[4928 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5696 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = lb[33408 + g] != 0.0
        lj[3392 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.03527813872540085) * impulse, anga)
        angb = _pick(limit, angb + (0.012598303677779489) * impulse, angb)
        lb[704 + g] = _unless_kept(act, cxa, lb[704 + g])
        lb[1856 + g] = _unless_kept(act, cya, lb[1856 + g])
        lb[0 + g] = _unless_kept(act, cxb, lb[0 + g])
        lb[1152 + g] = _unless_kept(act, cyb, lb[1152 + g])
        lb[3008 + g] = _unless_kept(act, anga, lb[3008 + g])
        lb[2304 + g] = _unless_kept(act, angb, lb[2304 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21440] != 0.0:
        for g in range(n_lanes):
            lb[13376 + g], lb[12224 + g] = _own_sincos(lb[3008 + g])
            lb[12672 + g], lb[11520 + g] = _own_sincos(lb[2304 + g])
    else:
        _glibc_rotations(lb, 11, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11712 + g], lb[12864 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (1.5149934600879298) - sa * (0.10302974517488483)
        r1y = sa * (1.5149934600879298) + ca * (0.10302974517488483)
        r2x = cb * (-2.1617729534350554) - sb * (0.17997450596313957)
        r2y = sb * (-2.1617729534350554) + cb * (0.17997450596313957)
        k11 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[192 + g], lb[1344 + g], lb[2496 + g]
        cxb, cyb, angb = lb[0 + g], lb[1152 + g], lb[2304 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[7936 + g]
        limit = (lj[7168 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (0.7258477508944043)
        mass = lj[11776 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3328 + g]
        cl = angle - lj[4864 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5632 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = lb[33408 + g] != 0.0
        lj[3328 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.04027180109757439) * impulse, anga)
        angb = _pick(limit, angb + (0.012598303677779489) * impulse, angb)
        lb[192 + g] = _unless_kept(act, cxa, lb[192 + g])
        lb[1344 + g] = _unless_kept(act, cya, lb[1344 + g])
        lb[0 + g] = _unless_kept(act, cxb, lb[0 + g])
        lb[1152 + g] = _unless_kept(act, cyb, lb[1152 + g])
        lb[2496 + g] = _unless_kept(act, anga, lb[2496 + g])
        lb[2304 + g] = _unless_kept(act, angb, lb[2304 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[20928] != 0.0:
        for g in range(n_lanes):
            lb[12864 + g], lb[11712 + g] = _own_sincos(lb[2496 + g])
            lb[12672 + g], lb[11520 + g] = _own_sincos(lb[2304 + g])
    else:
        _glibc_rotations(lb, 3, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11776 + g], lb[12928 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (-1.06207890966549) - sa * (0.17409394631566927)
        r1y = sa * (-1.06207890966549) + ca * (0.17409394631566927)
        r2x = cb * (1.9283425691848988) - sb * (0.5346402981158307)
        r2y = sb * (1.9283425691848988) + cb * (0.5346402981158307)
        k11 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[256 + g], lb[1408 + g], lb[2560 + g]
        cxb, cyb, angb = lb[0 + g], lb[1152 + g], lb[2304 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[7872 + g]
        limit = (lj[7104 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-2.09438311816829)
        mass = lj[11712 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3264 + g]
        cl = angle - lj[4800 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5568 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = lb[33408 + g] != 0.0
        lj[3264 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.17010946366789667) * impulse, anga)
        angb = _pick(limit, angb + (0.012598303677779489) * impulse, angb)
        lb[256 + g] = _unless_kept(act, cxa, lb[256 + g])
        lb[1408 + g] = _unless_kept(act, cya, lb[1408 + g])
        lb[0 + g] = _unless_kept(act, cxb, lb[0 + g])
        lb[1152 + g] = _unless_kept(act, cyb, lb[1152 + g])
        lb[2560 + g] = _unless_kept(act, anga, lb[2560 + g])
        lb[2304 + g] = _unless_kept(act, angb, lb[2304 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[20992] != 0.0:
        for g in range(n_lanes):
            lb[12928 + g], lb[11776 + g] = _own_sincos(lb[2560 + g])
            lb[12672 + g], lb[11520 + g] = _own_sincos(lb[2304 + g])
    else:
        _glibc_rotations(lb, 4, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[12032 + g], lb[13184 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (1.2001841231501342) - sa * (0.014095940491621661)
        r1y = sa * (1.2001841231501342) + ca * (0.014095940491621661)
        r2x = cb * (2.0154692227269657) - sb * (-0.963716471396211)
        r2y = sb * (2.0154692227269657) + cb * (-0.963716471396211)
        k11 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[512 + g], lb[1664 + g], lb[2816 + g]
        cxb, cyb, angb = lb[0 + g], lb[1152 + g], lb[2304 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[7808 + g]
        limit = (lj[7040 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-0.7853907065463961)
        mass = lj[11648 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3200 + g]
        cl = angle - lj[4736 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5504 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = lb[33408 + g] != 0.0
        lj[3200 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.1174846535671278) * impulse, anga)
        angb = _pick(limit, angb + (0.012598303677779489) * impulse, angb)
        lb[512 + g] = _unless_kept(act, cxa, lb[512 + g])
        lb[1664 + g] = _unless_kept(act, cya, lb[1664 + g])
        lb[0 + g] = _unless_kept(act, cxb, lb[0 + g])
        lb[1152 + g] = _unless_kept(act, cyb, lb[1152 + g])
        lb[2816 + g] = _unless_kept(act, anga, lb[2816 + g])
        lb[2304 + g] = _unless_kept(act, angb, lb[2304 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21248] != 0.0:
        for g in range(n_lanes):
            lb[13184 + g], lb[12032 + g] = _own_sincos(lb[2816 + g])
            lb[12672 + g], lb[11520 + g] = _own_sincos(lb[2304 + g])
    else:
        _glibc_rotations(lb, 8, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11584 + g], lb[12736 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (-0.22839485113389013) - sa * (1.1126087775923434)
        r1y = sa * (-0.22839485113389013) + ca * (1.1126087775923434)
        r2x = cb * (2.859519853416241) - sb * (0.1894010834667077)
        r2y = sb * (2.859519853416241) + cb * (0.1894010834667077)
        k11 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[64 + g], lb[1216 + g], lb[2368 + g]
        cxb, cyb, angb = lb[0 + g], lb[1152 + g], lb[2304 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[7744 + g]
        limit = (lj[6976 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.308996406363529)
        mass = lj[11584 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3136 + g]
        cl = angle - lj[4672 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5440 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = lb[33408 + g] != 0.0
        lj[3136 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.18086620215453098) * impulse, anga)
        angb = _pick(limit, angb + (0.012598303677779489) * impulse, angb)
        lb[64 + g] = _unless_kept(act, cxa, lb[64 + g])
        lb[1216 + g] = _unless_kept(act, cya, lb[1216 + g])
        lb[0 + g] = _unless_kept(act, cxb, lb[0 + g])
        lb[1152 + g] = _unless_kept(act, cyb, lb[1152 + g])
        lb[2368 + g] = _unless_kept(act, anga, lb[2368 + g])
        lb[2304 + g] = _unless_kept(act, angb, lb[2304 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[20800] != 0.0:
        for g in range(n_lanes):
            lb[12736 + g], lb[11584 + g] = _own_sincos(lb[2368 + g])
            lb[12672 + g], lb[11520 + g] = _own_sincos(lb[2304 + g])
    else:
        _glibc_rotations(lb, 1, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11968 + g], lb[13120 + g], lb[12032 + g], lb[13184 + g]
        r1x = ca * (1.786878910753607) - sa * (-0.0875161173956252)
        r1y = sa * (1.786878910753607) + ca * (-0.0875161173956252)
        r2x = cb * (-1.3780071636887363) - sb * (0.014064825719664498)
        r2y = sb * (-1.3780071636887363) + cb * (0.014064825719664498)
        k11 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1y * r1y + (0.1174846535671278) * r2y * r2y
        k12 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k21 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k22 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1x * r1x + (0.1174846535671278) * r2x * r2x
        cxa, cya, anga = lb[448 + g], lb[1600 + g], lb[2752 + g]
        cxb, cyb, angb = lb[512 + g], lb[1664 + g], lb[2816 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8128 + g]
        limit = (lj[7360 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (1.2968199012274688)
        mass = lj[11968 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3520 + g]
        cl = angle - lj[5056 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5824 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = lb[33408 + g] != 0.0
        lj[3520 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.09237008652479196) * impulse, anga)
        angb = _pick(limit, angb + (0.1174846535671278) * impulse, angb)
        lb[448 + g] = _unless_kept(act, cxa, lb[448 + g])
        lb[1600 + g] = _unless_kept(act, cya, lb[1600 + g])
        lb[512 + g] = _unless_kept(act, cxb, lb[512 + g])
        lb[1664 + g] = _unless_kept(act, cyb, lb[1664 + g])
        lb[2752 + g] = _unless_kept(act, anga, lb[2752 + g])
        lb[2816 + g] = _unless_kept(act, angb, lb[2816 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21184] != 0.0:
        for g in range(n_lanes):
            lb[13120 + g], lb[11968 + g] = _own_sincos(lb[2752 + g])
            lb[13184 + g], lb[12032 + g] = _own_sincos(lb[2816 + g])
    else:
        _glibc_rotations(lb, 7, 8, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11648 + g], lb[12800 + g], lb[11776 + g], lb[12928 + g]
        r1x = ca * (-1.2620587423023988) - sa * (0.15722668659641342)
        r1y = sa * (-1.2620587423023988) + ca * (0.15722668659641342)
        r2x = cb * (1.6027887369842992) - sb * (-0.14793204384539627)
        r2y = sb * (1.6027887369842992) + cb * (-0.14793204384539627)
        k11 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1y * r1y + (0.17010946366789667) * r2y * r2y
        k12 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k21 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k22 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1x * r1x + (0.17010946366789667) * r2x * r2x
        cxa, cya, anga = lb[128 + g], lb[1280 + g], lb[2432 + g]
        cxb, cyb, angb = lb[256 + g], lb[1408 + g], lb[2560 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8064 + g]
        limit = (lj[7296 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (2.09438311816829)
        mass = lj[11904 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3456 + g]
        cl = angle - lj[4992 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5760 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = lb[33408 + g] != 0.0
        lj[3456 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.23156635340884965) * impulse, anga)
        angb = _pick(limit, angb + (0.17010946366789667) * impulse, angb)
        lb[128 + g] = _unless_kept(act, cxa, lb[128 + g])
        lb[1280 + g] = _unless_kept(act, cya, lb[1280 + g])
        lb[256 + g] = _unless_kept(act, cxb, lb[256 + g])
        lb[1408 + g] = _unless_kept(act, cyb, lb[1408 + g])
        lb[2432 + g] = _unless_kept(act, anga, lb[2432 + g])
        lb[2560 + g] = _unless_kept(act, angb, lb[2560 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[20864] != 0.0:
        for g in range(n_lanes):
            lb[12800 + g], lb[11648 + g] = _own_sincos(lb[2432 + g])
            lb[12928 + g], lb[11776 + g] = _own_sincos(lb[2560 + g])
    else:
        _glibc_rotations(lb, 2, 4, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11840 + g], lb[12992 + g], lb[11712 + g], lb[12864 + g]
        r1x = ca * (2.0031668711363886) - sa * (0.29778450493880393)
        r1y = sa * (2.0031668711363886) + ca * (0.29778450493880393)
        r2x = cb * (-2.039930985466258) - sb * (-0.06884320616201656)
        r2y = sb * (-2.039930985466258) + cb * (-0.06884320616201656)
        k11 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1y * r1y + (0.04027180109757439) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1x * r1x + (0.04027180109757439) * r2x * r2x
        cxa, cya, anga = lb[320 + g], lb[1472 + g], lb[2624 + g]
        cxb, cyb, angb = lb[192 + g], lb[1344 + g], lb[2496 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8192 + g]
        limit = (lj[7424 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-0.3953113764119829)
        mass = lj[12032 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3584 + g]
        cl = angle - lj[5120 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5888 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = lb[33408 + g] != 0.0
        lj[3584 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.05871559633027523) * impulse, anga)
        angb = _pick(limit, angb + (0.04027180109757439) * impulse, angb)
        lb[320 + g] = _unless_kept(act, cxa, lb[320 + g])
        lb[1472 + g] = _unless_kept(act, cya, lb[1472 + g])
        lb[192 + g] = _unless_kept(act, cxb, lb[192 + g])
        lb[1344 + g] = _unless_kept(act, cyb, lb[1344 + g])
        lb[2624 + g] = _unless_kept(act, anga, lb[2624 + g])
        lb[2496 + g] = _unless_kept(act, angb, lb[2496 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21056] != 0.0:
        for g in range(n_lanes):
            lb[12992 + g], lb[11840 + g] = _own_sincos(lb[2624 + g])
            lb[12864 + g], lb[11712 + g] = _own_sincos(lb[2496 + g])
    else:
        _glibc_rotations(lb, 5, 3, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11904 + g], lb[13056 + g], lb[11840 + g], lb[12992 + g]
        r1x = ca * (-0.6270934582479109) - sa * (-0.06637286435491148)
        r1y = sa * (-0.6270934582479109) + ca * (-0.06637286435491148)
        r2x = cb * (-2.425382538900126) - sb * (0.13895539751438638)
        r2y = sb * (-2.425382538900126) + cb * (0.13895539751438638)
        k11 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        cxa, cya, anga = lb[384 + g], lb[1536 + g], lb[2688 + g]
        cxb, cyb, angb = lb[320 + g], lb[1472 + g], lb[2624 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8320 + g]
        limit = (lj[7552 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.7244327585010226)
        mass = lj[12160 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3712 + g]
        cl = angle - lj[5248 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[6016 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = lb[33408 + g] != 0.0
        lj[3712 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.1204272910821709) * impulse, anga)
        angb = _pick(limit, angb + (0.05871559633027523) * impulse, angb)
        lb[384 + g] = _unless_kept(act, cxa, lb[384 + g])
        lb[1536 + g] = _unless_kept(act, cya, lb[1536 + g])
        lb[320 + g] = _unless_kept(act, cxb, lb[320 + g])
        lb[1472 + g] = _unless_kept(act, cyb, lb[1472 + g])
        lb[2688 + g] = _unless_kept(act, anga, lb[2688 + g])
        lb[2624 + g] = _unless_kept(act, angb, lb[2624 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21120] != 0.0:
        for g in range(n_lanes):
            lb[13056 + g], lb[11904 + g] = _own_sincos(lb[2688 + g])
            lb[12992 + g], lb[11840 + g] = _own_sincos(lb[2624 + g])
    else:
        _glibc_rotations(lb, 6, 5, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[12160 + g], lb[13312 + g], lb[12096 + g], lb[13248 + g]
        r1x = ca * (-0.7779783144804977) - sa * (-0.20811593451266924)
        r1y = sa * (-0.7779783144804977) + ca * (-0.20811593451266924)
        r2x = cb * (-2.2591139640195603) - sb * (0.08142886510219238)
        r2y = sb * (-2.2591139640195603) + cb * (0.08142886510219238)
        k11 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        cxa, cya, anga = lb[640 + g], lb[1792 + g], lb[2944 + g]
        cxb, cyb, angb = lb[576 + g], lb[1728 + g], lb[2880 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8384 + g]
        limit = (lj[7616 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.5708045825942758)
        mass = lj[12224 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3776 + g]
        cl = angle - lj[5312 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[6080 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = lb[33408 + g] != 0.0
        lj[3776 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.10877949071482061) * impulse, anga)
        angb = _pick(limit, angb + (0.05871559633027523) * impulse, angb)
        lb[640 + g] = _unless_kept(act, cxa, lb[640 + g])
        lb[1792 + g] = _unless_kept(act, cya, lb[1792 + g])
        lb[576 + g] = _unless_kept(act, cxb, lb[576 + g])
        lb[1728 + g] = _unless_kept(act, cyb, lb[1728 + g])
        lb[2944 + g] = _unless_kept(act, anga, lb[2944 + g])
        lb[2880 + g] = _unless_kept(act, angb, lb[2880 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21376] != 0.0:
        for g in range(n_lanes):
            lb[13312 + g], lb[12160 + g] = _own_sincos(lb[2944 + g])
            lb[13248 + g], lb[12096 + g] = _own_sincos(lb[2880 + g])
    else:
        _glibc_rotations(lb, 10, 9, n_lanes)


@njit(cache=True, _nrt=False, error_model='numpy')
def position_sweep_all(lb, lj, n_lanes):
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[12096 + g], lb[13248 + g], lb[12224 + g], lb[13376 + g]
        r1x = ca * (1.9464226250774301) - sa * (0.23026118775573867)
        r1y = sa * (1.9464226250774301) + ca * (0.23026118775573867)
        r2x = cb * (2.0958596632699917) - sb * (0.29461641905670727)
        r2y = sb * (2.0958596632699917) + cb * (0.29461641905670727)
        k11 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1y * r1y + (0.03527813872540085) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.03527813872540085) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09433962264150944) + (0.05871559633027523) * r1x * r1x + (0.03527813872540085) * r2x * r2x
        cxa, cya, anga = lb[576 + g], lb[1728 + g], lb[2880 + g]
        cxb, cyb, angb = lb[704 + g], lb[1856 + g], lb[3008 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8256 + g]
        limit = (lj[7488 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (2.2893406247158676)
        mass = lj[12096 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3648 + g]
        cl = angle - lj[5184 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5952 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = True
        lj[3648 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.05871559633027523) * impulse, anga)
        angb = _pick(limit, angb + (0.03527813872540085) * impulse, angb)
        lb[576 + g] = _unless_kept(act, cxa, lb[576 + g])
        lb[1728 + g] = _unless_kept(act, cya, lb[1728 + g])
        lb[704 + g] = _unless_kept(act, cxb, lb[704 + g])
        lb[1856 + g] = _unless_kept(act, cyb, lb[1856 + g])
        lb[2880 + g] = _unless_kept(act, anga, lb[2880 + g])
        lb[3008 + g] = _unless_kept(act, angb, lb[3008 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21312] != 0.0:
        for g in range(n_lanes):
            lb[13248 + g], lb[12096 + g] = _own_sincos(lb[2880 + g])
            lb[13376 + g], lb[12224 + g] = _own_sincos(lb[3008 + g])
    else:
        _glibc_rotations(lb, 9, 11, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[12224 + g], lb[13376 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (-2.0961942262183917) - sa * (0.18536556036297194)
        r1y = sa * (-2.0961942262183917) + ca * (0.18536556036297194)
        r2x = cb * (-2.162191390759836) - sb * (-0.6165265219145436)
        r2y = sb * (-2.162191390759836) + cb * (-0.6165265219145436)
        k11 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.03527813872540085) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09433962264150944) + (0.053569037096558185) + (0.03527813872540085) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[704 + g], lb[1856 + g], lb[3008 + g]
        cxb, cyb, angb = lb[0 + g], lb[1152 + g], lb[2304 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8000 + g]
        limit = (lj[7232 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-2.719359381718199)
        mass = lj[11840 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3392 + g]
        cl = angle - lj[4928 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5696 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = True
        lj[3392 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.03527813872540085) * impulse, anga)
        angb = _pick(limit, angb + (0.012598303677779489) * impulse, angb)
        lb[704 + g] = _unless_kept(act, cxa, lb[704 + g])
        lb[1856 + g] = _unless_kept(act, cya, lb[1856 + g])
        lb[0 + g] = _unless_kept(act, cxb, lb[0 + g])
        lb[1152 + g] = _unless_kept(act, cyb, lb[1152 + g])
        lb[3008 + g] = _unless_kept(act, anga, lb[3008 + g])
        lb[2304 + g] = _unless_kept(act, angb, lb[2304 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21440] != 0.0:
        for g in range(n_lanes):
            lb[13376 + g], lb[12224 + g] = _own_sincos(lb[3008 + g])
            lb[12672 + g], lb[11520 + g] = _own_sincos(lb[2304 + g])
    else:
        _glibc_rotations(lb, 11, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11712 + g], lb[12864 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (1.5149934600879298) - sa * (0.10302974517488483)
        r1y = sa * (1.5149934600879298) + ca * (0.10302974517488483)
        r2x = cb * (-2.1617729534350554) - sb * (0.17997450596313957)
        r2y = sb * (-2.1617729534350554) + cb * (0.17997450596313957)
        k11 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.04027180109757439) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.09900990099009901) + (0.053569037096558185) + (0.04027180109757439) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[192 + g], lb[1344 + g], lb[2496 + g]
        cxb, cyb, angb = lb[0 + g], lb[1152 + g], lb[2304 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[7936 + g]
        limit = (lj[7168 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (0.7258477508944043)
        mass = lj[11776 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3328 + g]
        cl = angle - lj[4864 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5632 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = True
        lj[3328 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.04027180109757439) * impulse, anga)
        angb = _pick(limit, angb + (0.012598303677779489) * impulse, angb)
        lb[192 + g] = _unless_kept(act, cxa, lb[192 + g])
        lb[1344 + g] = _unless_kept(act, cya, lb[1344 + g])
        lb[0 + g] = _unless_kept(act, cxb, lb[0 + g])
        lb[1152 + g] = _unless_kept(act, cyb, lb[1152 + g])
        lb[2496 + g] = _unless_kept(act, anga, lb[2496 + g])
        lb[2304 + g] = _unless_kept(act, angb, lb[2304 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[20928] != 0.0:
        for g in range(n_lanes):
            lb[12864 + g], lb[11712 + g] = _own_sincos(lb[2496 + g])
            lb[12672 + g], lb[11520 + g] = _own_sincos(lb[2304 + g])
    else:
        _glibc_rotations(lb, 3, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11776 + g], lb[12928 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (-1.06207890966549) - sa * (0.17409394631566927)
        r1y = sa * (-1.06207890966549) + ca * (0.17409394631566927)
        r2x = cb * (1.9283425691848988) - sb * (0.5346402981158307)
        r2y = sb * (1.9283425691848988) + cb * (0.5346402981158307)
        k11 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.17010946366789667) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.21621621621621623) + (0.053569037096558185) + (0.17010946366789667) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[256 + g], lb[1408 + g], lb[2560 + g]
        cxb, cyb, angb = lb[0 + g], lb[1152 + g], lb[2304 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[7872 + g]
        limit = (lj[7104 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-2.09438311816829)
        mass = lj[11712 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3264 + g]
        cl = angle - lj[4800 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5568 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = True
        lj[3264 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.17010946366789667) * impulse, anga)
        angb = _pick(limit, angb + (0.012598303677779489) * impulse, angb)
        lb[256 + g] = _unless_kept(act, cxa, lb[256 + g])
        lb[1408 + g] = _unless_kept(act, cya, lb[1408 + g])
        lb[0 + g] = _unless_kept(act, cxb, lb[0 + g])
        lb[1152 + g] = _unless_kept(act, cyb, lb[1152 + g])
        lb[2560 + g] = _unless_kept(act, anga, lb[2560 + g])
        lb[2304 + g] = _unless_kept(act, angb, lb[2304 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[20992] != 0.0:
        for g in range(n_lanes):
            lb[12928 + g], lb[11776 + g] = _own_sincos(lb[2560 + g])
            lb[12672 + g], lb[11520 + g] = _own_sincos(lb[2304 + g])
    else:
        _glibc_rotations(lb, 4, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[12032 + g], lb[13184 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (1.2001841231501342) - sa * (0.014095940491621661)
        r1y = sa * (1.2001841231501342) + ca * (0.014095940491621661)
        r2x = cb * (2.0154692227269657) - sb * (-0.963716471396211)
        r2y = sb * (2.0154692227269657) + cb * (-0.963716471396211)
        k11 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.1174846535671278) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17094017094017094) + (0.053569037096558185) + (0.1174846535671278) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[512 + g], lb[1664 + g], lb[2816 + g]
        cxb, cyb, angb = lb[0 + g], lb[1152 + g], lb[2304 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[7808 + g]
        limit = (lj[7040 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-0.7853907065463961)
        mass = lj[11648 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3200 + g]
        cl = angle - lj[4736 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5504 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = True
        lj[3200 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.1174846535671278) * impulse, anga)
        angb = _pick(limit, angb + (0.012598303677779489) * impulse, angb)
        lb[512 + g] = _unless_kept(act, cxa, lb[512 + g])
        lb[1664 + g] = _unless_kept(act, cya, lb[1664 + g])
        lb[0 + g] = _unless_kept(act, cxb, lb[0 + g])
        lb[1152 + g] = _unless_kept(act, cyb, lb[1152 + g])
        lb[2816 + g] = _unless_kept(act, anga, lb[2816 + g])
        lb[2304 + g] = _unless_kept(act, angb, lb[2304 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21248] != 0.0:
        for g in range(n_lanes):
            lb[13184 + g], lb[12032 + g] = _own_sincos(lb[2816 + g])
            lb[12672 + g], lb[11520 + g] = _own_sincos(lb[2304 + g])
    else:
        _glibc_rotations(lb, 8, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11584 + g], lb[12736 + g], lb[11520 + g], lb[12672 + g]
        r1x = ca * (-0.22839485113389013) - sa * (1.1126087775923434)
        r1y = sa * (-0.22839485113389013) + ca * (1.1126087775923434)
        r2x = cb * (2.859519853416241) - sb * (0.1894010834667077)
        r2y = sb * (2.859519853416241) + cb * (0.1894010834667077)
        k11 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1y * r1y + (0.012598303677779489) * r2y * r2y
        k12 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k21 = 0.0 + -(0.18086620215453098) * r1x * r1y + -(0.012598303677779489) * r2x * r2y
        k22 = (0.17551557700745943) + (0.053569037096558185) + (0.18086620215453098) * r1x * r1x + (0.012598303677779489) * r2x * r2x
        cxa, cya, anga = lb[64 + g], lb[1216 + g], lb[2368 + g]
        cxb, cyb, angb = lb[0 + g], lb[1152 + g], lb[2304 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[7744 + g]
        limit = (lj[6976 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.308996406363529)
        mass = lj[11584 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3136 + g]
        cl = angle - lj[4672 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5440 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = True
        lj[3136 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.18086620215453098) * impulse, anga)
        angb = _pick(limit, angb + (0.012598303677779489) * impulse, angb)
        lb[64 + g] = _unless_kept(act, cxa, lb[64 + g])
        lb[1216 + g] = _unless_kept(act, cya, lb[1216 + g])
        lb[0 + g] = _unless_kept(act, cxb, lb[0 + g])
        lb[1152 + g] = _unless_kept(act, cyb, lb[1152 + g])
        lb[2368 + g] = _unless_kept(act, anga, lb[2368 + g])
        lb[2304 + g] = _unless_kept(act, angb, lb[2304 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[20800] != 0.0:
        for g in range(n_lanes):
            lb[12736 + g], lb[11584 + g] = _own_sincos(lb[2368 + g])
            lb[12672 + g], lb[11520 + g] = _own_sincos(lb[2304 + g])
    else:
        _glibc_rotations(lb, 1, 0, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11968 + g], lb[13120 + g], lb[12032 + g], lb[13184 + g]
        r1x = ca * (1.786878910753607) - sa * (-0.0875161173956252)
        r1y = sa * (1.786878910753607) + ca * (-0.0875161173956252)
        r2x = cb * (-1.3780071636887363) - sb * (0.014064825719664498)
        r2y = sb * (-1.3780071636887363) + cb * (0.014064825719664498)
        k11 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1y * r1y + (0.1174846535671278) * r2y * r2y
        k12 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k21 = 0.0 + -(0.09237008652479196) * r1x * r1y + -(0.1174846535671278) * r2x * r2y
        k22 = (0.16645859342488556) + (0.17094017094017094) + (0.09237008652479196) * r1x * r1x + (0.1174846535671278) * r2x * r2x
        cxa, cya, anga = lb[448 + g], lb[1600 + g], lb[2752 + g]
        cxb, cyb, angb = lb[512 + g], lb[1664 + g], lb[2816 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8128 + g]
        limit = (lj[7360 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (1.2968199012274688)
        mass = lj[11968 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3520 + g]
        cl = angle - lj[5056 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5824 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = True
        lj[3520 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.09237008652479196) * impulse, anga)
        angb = _pick(limit, angb + (0.1174846535671278) * impulse, angb)
        lb[448 + g] = _unless_kept(act, cxa, lb[448 + g])
        lb[1600 + g] = _unless_kept(act, cya, lb[1600 + g])
        lb[512 + g] = _unless_kept(act, cxb, lb[512 + g])
        lb[1664 + g] = _unless_kept(act, cyb, lb[1664 + g])
        lb[2752 + g] = _unless_kept(act, anga, lb[2752 + g])
        lb[2816 + g] = _unless_kept(act, angb, lb[2816 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21184] != 0.0:
        for g in range(n_lanes):
            lb[13120 + g], lb[11968 + g] = _own_sincos(lb[2752 + g])
            lb[13184 + g], lb[12032 + g] = _own_sincos(lb[2816 + g])
    else:
        _glibc_rotations(lb, 7, 8, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11648 + g], lb[12800 + g], lb[11776 + g], lb[12928 + g]
        r1x = ca * (-1.2620587423023988) - sa * (0.15722668659641342)
        r1y = sa * (-1.2620587423023988) + ca * (0.15722668659641342)
        r2x = cb * (1.6027887369842992) - sb * (-0.14793204384539627)
        r2y = sb * (1.6027887369842992) + cb * (-0.14793204384539627)
        k11 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1y * r1y + (0.17010946366789667) * r2y * r2y
        k12 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k21 = 0.0 + -(0.23156635340884965) * r1x * r1y + -(0.17010946366789667) * r2x * r2y
        k22 = (0.2597402597402597) + (0.21621621621621623) + (0.23156635340884965) * r1x * r1x + (0.17010946366789667) * r2x * r2x
        cxa, cya, anga = lb[128 + g], lb[1280 + g], lb[2432 + g]
        cxb, cyb, angb = lb[256 + g], lb[1408 + g], lb[2560 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8064 + g]
        limit = (lj[7296 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (2.09438311816829)
        mass = lj[11904 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3456 + g]
        cl = angle - lj[4992 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5760 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = True
        lj[3456 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.23156635340884965) * impulse, anga)
        angb = _pick(limit, angb + (0.17010946366789667) * impulse, angb)
        lb[128 + g] = _unless_kept(act, cxa, lb[128 + g])
        lb[1280 + g] = _unless_kept(act, cya, lb[1280 + g])
        lb[256 + g] = _unless_kept(act, cxb, lb[256 + g])
        lb[1408 + g] = _unless_kept(act, cyb, lb[1408 + g])
        lb[2432 + g] = _unless_kept(act, anga, lb[2432 + g])
        lb[2560 + g] = _unless_kept(act, angb, lb[2560 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[20864] != 0.0:
        for g in range(n_lanes):
            lb[12800 + g], lb[11648 + g] = _own_sincos(lb[2432 + g])
            lb[12928 + g], lb[11776 + g] = _own_sincos(lb[2560 + g])
    else:
        _glibc_rotations(lb, 2, 4, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11840 + g], lb[12992 + g], lb[11712 + g], lb[12864 + g]
        r1x = ca * (2.0031668711363886) - sa * (0.29778450493880393)
        r1y = sa * (2.0031668711363886) + ca * (0.29778450493880393)
        r2x = cb * (-2.039930985466258) - sb * (-0.06884320616201656)
        r2y = sb * (-2.039930985466258) + cb * (-0.06884320616201656)
        k11 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1y * r1y + (0.04027180109757439) * r2y * r2y
        k12 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k21 = 0.0 + -(0.05871559633027523) * r1x * r1y + -(0.04027180109757439) * r2x * r2y
        k22 = (0.13333333333333333) + (0.09900990099009901) + (0.05871559633027523) * r1x * r1x + (0.04027180109757439) * r2x * r2x
        cxa, cya, anga = lb[320 + g], lb[1472 + g], lb[2624 + g]
        cxb, cyb, angb = lb[192 + g], lb[1344 + g], lb[2496 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8192 + g]
        limit = (lj[7424 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-0.3953113764119829)
        mass = lj[12032 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3584 + g]
        cl = angle - lj[5120 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[5888 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = True
        lj[3584 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.05871559633027523) * impulse, anga)
        angb = _pick(limit, angb + (0.04027180109757439) * impulse, angb)
        lb[320 + g] = _unless_kept(act, cxa, lb[320 + g])
        lb[1472 + g] = _unless_kept(act, cya, lb[1472 + g])
        lb[192 + g] = _unless_kept(act, cxb, lb[192 + g])
        lb[1344 + g] = _unless_kept(act, cyb, lb[1344 + g])
        lb[2624 + g] = _unless_kept(act, anga, lb[2624 + g])
        lb[2496 + g] = _unless_kept(act, angb, lb[2496 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21056] != 0.0:
        for g in range(n_lanes):
            lb[12992 + g], lb[11840 + g] = _own_sincos(lb[2624 + g])
            lb[12864 + g], lb[11712 + g] = _own_sincos(lb[2496 + g])
    else:
        _glibc_rotations(lb, 5, 3, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[11904 + g], lb[13056 + g], lb[11840 + g], lb[12992 + g]
        r1x = ca * (-0.6270934582479109) - sa * (-0.06637286435491148)
        r1y = sa * (-0.6270934582479109) + ca * (-0.06637286435491148)
        r2x = cb * (-2.425382538900126) - sb * (0.13895539751438638)
        r2y = sb * (-2.425382538900126) + cb * (0.13895539751438638)
        k11 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.1204272910821709) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.09144947416552353) + (0.13333333333333333) + (0.1204272910821709) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        cxa, cya, anga = lb[384 + g], lb[1536 + g], lb[2688 + g]
        cxb, cyb, angb = lb[320 + g], lb[1472 + g], lb[2624 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8320 + g]
        limit = (lj[7552 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.7244327585010226)
        mass = lj[12160 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3712 + g]
        cl = angle - lj[5248 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[6016 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = True
        lj[3712 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.1204272910821709) * impulse, anga)
        angb = _pick(limit, angb + (0.05871559633027523) * impulse, angb)
        lb[384 + g] = _unless_kept(act, cxa, lb[384 + g])
        lb[1536 + g] = _unless_kept(act, cya, lb[1536 + g])
        lb[320 + g] = _unless_kept(act, cxb, lb[320 + g])
        lb[1472 + g] = _unless_kept(act, cyb, lb[1472 + g])
        lb[2688 + g] = _unless_kept(act, anga, lb[2688 + g])
        lb[2624 + g] = _unless_kept(act, angb, lb[2624 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21120] != 0.0:
        for g in range(n_lanes):
            lb[13056 + g], lb[11904 + g] = _own_sincos(lb[2688 + g])
            lb[12992 + g], lb[11840 + g] = _own_sincos(lb[2624 + g])
    else:
        _glibc_rotations(lb, 6, 5, n_lanes)
    for g in range(n_lanes):
        ca, sa, cb, sb = lb[12160 + g], lb[13312 + g], lb[12096 + g], lb[13248 + g]
        r1x = ca * (-0.7779783144804977) - sa * (-0.20811593451266924)
        r1y = sa * (-0.7779783144804977) + ca * (-0.20811593451266924)
        r2x = cb * (-2.2591139640195603) - sb * (0.08142886510219238)
        r2y = sb * (-2.2591139640195603) + cb * (0.08142886510219238)
        k11 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1y * r1y + (0.05871559633027523) * r2y * r2y
        k12 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k21 = 0.0 + -(0.10877949071482061) * r1x * r1y + -(0.05871559633027523) * r2x * r2y
        k22 = (0.08514261387824605) + (0.13333333333333333) + (0.10877949071482061) * r1x * r1x + (0.05871559633027523) * r2x * r2x
        cxa, cya, anga = lb[640 + g], lb[1792 + g], lb[2944 + g]
        cxb, cyb, angb = lb[576 + g], lb[1728 + g], lb[2880 + g]
        ex = (cxb + r2x) - (cxa + r1x)
        ey = (cyb + r2y) - (cya + r1y)
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
        state = lj[8384 + g]
        limit = (lj[7616 + g] != 0.0) & (state != 0.0)
        angle = angb - anga - (-1.5708045825942758)
        mass = lj[12224 + g]
        maxc = 0.13962634015954636
        ce = angle if angle < maxc else maxc
        ce = -maxc if -maxc > ce else ce
        ie = -mass * ce
        ee = abs(ce)
        old = lj[3776 + g]
        cl = angle - lj[5312 + g]
        el = 0.0 if 0.0 > -cl else -cl
        cl = cl + 0.03490658503988659
        cl = cl if cl < 0.0 else 0.0
        cl = -maxc if -maxc > cl else cl
        nl = old + -mass * cl
        nl = nl if nl > 0.0 else 0.0
        cu = angle - lj[6080 + g]
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
        angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)
        act = True
        lj[3776 + g] = _unless_kept(limit & act, new, old)
        anga = _pick(limit, anga - (0.10877949071482061) * impulse, anga)
        angb = _pick(limit, angb + (0.05871559633027523) * impulse, angb)
        lb[640 + g] = _unless_kept(act, cxa, lb[640 + g])
        lb[1792 + g] = _unless_kept(act, cya, lb[1792 + g])
        lb[576 + g] = _unless_kept(act, cxb, lb[576 + g])
        lb[1728 + g] = _unless_kept(act, cyb, lb[1728 + g])
        lb[2944 + g] = _unless_kept(act, anga, lb[2944 + g])
        lb[2880 + g] = _unless_kept(act, angb, lb[2880 + g])
        ok = (ex * ex + ey * ey <= 2.5000000000000005e-05) & (angular_error <= 0.03490658503988659)
        lb[34560 + g] = 1.0 if ok & (lb[34560 + g] != 0.0) else 0.0
    if lb[21376] != 0.0:
        for g in range(n_lanes):
            lb[13312 + g], lb[12160 + g] = _own_sincos(lb[2944 + g])
            lb[13248 + g], lb[12096 + g] = _own_sincos(lb[2880 + g])
    else:
        _glibc_rotations(lb, 10, 9, n_lanes)


@njit(cache=True, _nrt=False, error_model='numpy')
def begin_sweep(lb, n_lanes):
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        lb[3456 + g] = _unless_kept(act, (lb[3456 + g] + 0.04 * (0.0 + (0.053569037096558185) * lb[6912 + g])), lb[3456 + g])
        lb[4608 + g] = _unless_kept(act, (lb[4608 + g] + 0.04 * (10.0 + (0.053569037096558185) * lb[8064 + g])), lb[4608 + g])
        lb[5760 + g] = _unless_kept(act, (lb[5760 + g] + 0.04 * (0.012598303677779489) * lb[9216 + g]), lb[5760 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        lb[3520 + g] = _unless_kept(act, (lb[3520 + g] + 0.04 * (0.0 + (0.17551557700745943) * lb[6976 + g])), lb[3520 + g])
        lb[4672 + g] = _unless_kept(act, (lb[4672 + g] + 0.04 * (10.0 + (0.17551557700745943) * lb[8128 + g])), lb[4672 + g])
        lb[5824 + g] = _unless_kept(act, (lb[5824 + g] + 0.04 * (0.18086620215453098) * lb[9280 + g]), lb[5824 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        lb[3584 + g] = _unless_kept(act, (lb[3584 + g] + 0.04 * (0.0 + (0.2597402597402597) * lb[7040 + g])), lb[3584 + g])
        lb[4736 + g] = _unless_kept(act, (lb[4736 + g] + 0.04 * (10.0 + (0.2597402597402597) * lb[8192 + g])), lb[4736 + g])
        lb[5888 + g] = _unless_kept(act, (lb[5888 + g] + 0.04 * (0.23156635340884965) * lb[9344 + g]), lb[5888 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        lb[3648 + g] = _unless_kept(act, (lb[3648 + g] + 0.04 * (0.0 + (0.09900990099009901) * lb[7104 + g])), lb[3648 + g])
        lb[4800 + g] = _unless_kept(act, (lb[4800 + g] + 0.04 * (10.0 + (0.09900990099009901) * lb[8256 + g])), lb[4800 + g])
        lb[5952 + g] = _unless_kept(act, (lb[5952 + g] + 0.04 * (0.04027180109757439) * lb[9408 + g]), lb[5952 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        lb[3712 + g] = _unless_kept(act, (lb[3712 + g] + 0.04 * (0.0 + (0.21621621621621623) * lb[7168 + g])), lb[3712 + g])
        lb[4864 + g] = _unless_kept(act, (lb[4864 + g] + 0.04 * (10.0 + (0.21621621621621623) * lb[8320 + g])), lb[4864 + g])
        lb[6016 + g] = _unless_kept(act, (lb[6016 + g] + 0.04 * (0.17010946366789667) * lb[9472 + g]), lb[6016 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        lb[3776 + g] = _unless_kept(act, (lb[3776 + g] + 0.04 * (0.0 + (0.13333333333333333) * lb[7232 + g])), lb[3776 + g])
        lb[4928 + g] = _unless_kept(act, (lb[4928 + g] + 0.04 * (10.0 + (0.13333333333333333) * lb[8384 + g])), lb[4928 + g])
        lb[6080 + g] = _unless_kept(act, (lb[6080 + g] + 0.04 * (0.05871559633027523) * lb[9536 + g]), lb[6080 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        lb[3840 + g] = _unless_kept(act, (lb[3840 + g] + 0.04 * (0.0 + (0.09144947416552353) * lb[7296 + g])), lb[3840 + g])
        lb[4992 + g] = _unless_kept(act, (lb[4992 + g] + 0.04 * (10.0 + (0.09144947416552353) * lb[8448 + g])), lb[4992 + g])
        lb[6144 + g] = _unless_kept(act, (lb[6144 + g] + 0.04 * (0.1204272910821709) * lb[9600 + g]), lb[6144 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        lb[3904 + g] = _unless_kept(act, (lb[3904 + g] + 0.04 * (0.0 + (0.16645859342488556) * lb[7360 + g])), lb[3904 + g])
        lb[5056 + g] = _unless_kept(act, (lb[5056 + g] + 0.04 * (10.0 + (0.16645859342488556) * lb[8512 + g])), lb[5056 + g])
        lb[6208 + g] = _unless_kept(act, (lb[6208 + g] + 0.04 * (0.09237008652479196) * lb[9664 + g]), lb[6208 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        lb[3968 + g] = _unless_kept(act, (lb[3968 + g] + 0.04 * (0.0 + (0.17094017094017094) * lb[7424 + g])), lb[3968 + g])
        lb[5120 + g] = _unless_kept(act, (lb[5120 + g] + 0.04 * (10.0 + (0.17094017094017094) * lb[8576 + g])), lb[5120 + g])
        lb[6272 + g] = _unless_kept(act, (lb[6272 + g] + 0.04 * (0.1174846535671278) * lb[9728 + g]), lb[6272 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        lb[4032 + g] = _unless_kept(act, (lb[4032 + g] + 0.04 * (0.0 + (0.13333333333333333) * lb[7488 + g])), lb[4032 + g])
        lb[5184 + g] = _unless_kept(act, (lb[5184 + g] + 0.04 * (10.0 + (0.13333333333333333) * lb[8640 + g])), lb[5184 + g])
        lb[6336 + g] = _unless_kept(act, (lb[6336 + g] + 0.04 * (0.05871559633027523) * lb[9792 + g]), lb[6336 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        lb[4096 + g] = _unless_kept(act, (lb[4096 + g] + 0.04 * (0.0 + (0.08514261387824605) * lb[7552 + g])), lb[4096 + g])
        lb[5248 + g] = _unless_kept(act, (lb[5248 + g] + 0.04 * (10.0 + (0.08514261387824605) * lb[8704 + g])), lb[5248 + g])
        lb[6400 + g] = _unless_kept(act, (lb[6400 + g] + 0.04 * (0.10877949071482061) * lb[9856 + g]), lb[6400 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        lb[4160 + g] = _unless_kept(act, (lb[4160 + g] + 0.04 * (0.0 + (0.09433962264150944) * lb[7616 + g])), lb[4160 + g])
        lb[5312 + g] = _unless_kept(act, (lb[5312 + g] + 0.04 * (10.0 + (0.09433962264150944) * lb[8768 + g])), lb[5312 + g])
        lb[6464 + g] = _unless_kept(act, (lb[6464 + g] + 0.04 * (0.03527813872540085) * lb[9920 + g]), lb[6464 + g])


@njit(cache=True, _nrt=False, error_model='numpy')
def integrate_sweep(lb, n_lanes):
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        vx, vy, w = lb[3456 + g], lb[4608 + g], lb[5760 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[3456 + g] = _unless_kept(act, (vx), lb[3456 + g])
        lb[4608 + g] = _unless_kept(act, (vy), lb[4608 + g])
        lb[5760 + g] = _unless_kept(act, (w), lb[5760 + g])
        lb[13824 + g] = _unless_kept(act, (lb[0 + g]), lb[13824 + g])
        lb[14976 + g] = _unless_kept(act, (lb[1152 + g]), lb[14976 + g])
        lb[16128 + g] = _unless_kept(act, (lb[2304 + g]), lb[16128 + g])
        lb[18432 + g] = _unless_kept(act, (lb[11520 + g]), lb[18432 + g])
        lb[19584 + g] = _unless_kept(act, (lb[12672 + g]), lb[19584 + g])
        lb[0 + g] = _unless_kept(act, (lb[0 + g] + 0.04 * vx), lb[0 + g])
        lb[1152 + g] = _unless_kept(act, (lb[1152 + g] + 0.04 * vy), lb[1152 + g])
        lb[2304 + g] = _unless_kept(act, (lb[2304 + g] + 0.04 * w), lb[2304 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        vx, vy, w = lb[3520 + g], lb[4672 + g], lb[5824 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[3520 + g] = _unless_kept(act, (vx), lb[3520 + g])
        lb[4672 + g] = _unless_kept(act, (vy), lb[4672 + g])
        lb[5824 + g] = _unless_kept(act, (w), lb[5824 + g])
        lb[13888 + g] = _unless_kept(act, (lb[64 + g]), lb[13888 + g])
        lb[15040 + g] = _unless_kept(act, (lb[1216 + g]), lb[15040 + g])
        lb[16192 + g] = _unless_kept(act, (lb[2368 + g]), lb[16192 + g])
        lb[18496 + g] = _unless_kept(act, (lb[11584 + g]), lb[18496 + g])
        lb[19648 + g] = _unless_kept(act, (lb[12736 + g]), lb[19648 + g])
        lb[64 + g] = _unless_kept(act, (lb[64 + g] + 0.04 * vx), lb[64 + g])
        lb[1216 + g] = _unless_kept(act, (lb[1216 + g] + 0.04 * vy), lb[1216 + g])
        lb[2368 + g] = _unless_kept(act, (lb[2368 + g] + 0.04 * w), lb[2368 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        vx, vy, w = lb[3584 + g], lb[4736 + g], lb[5888 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[3584 + g] = _unless_kept(act, (vx), lb[3584 + g])
        lb[4736 + g] = _unless_kept(act, (vy), lb[4736 + g])
        lb[5888 + g] = _unless_kept(act, (w), lb[5888 + g])
        lb[13952 + g] = _unless_kept(act, (lb[128 + g]), lb[13952 + g])
        lb[15104 + g] = _unless_kept(act, (lb[1280 + g]), lb[15104 + g])
        lb[16256 + g] = _unless_kept(act, (lb[2432 + g]), lb[16256 + g])
        lb[18560 + g] = _unless_kept(act, (lb[11648 + g]), lb[18560 + g])
        lb[19712 + g] = _unless_kept(act, (lb[12800 + g]), lb[19712 + g])
        lb[128 + g] = _unless_kept(act, (lb[128 + g] + 0.04 * vx), lb[128 + g])
        lb[1280 + g] = _unless_kept(act, (lb[1280 + g] + 0.04 * vy), lb[1280 + g])
        lb[2432 + g] = _unless_kept(act, (lb[2432 + g] + 0.04 * w), lb[2432 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        vx, vy, w = lb[3648 + g], lb[4800 + g], lb[5952 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[3648 + g] = _unless_kept(act, (vx), lb[3648 + g])
        lb[4800 + g] = _unless_kept(act, (vy), lb[4800 + g])
        lb[5952 + g] = _unless_kept(act, (w), lb[5952 + g])
        lb[14016 + g] = _unless_kept(act, (lb[192 + g]), lb[14016 + g])
        lb[15168 + g] = _unless_kept(act, (lb[1344 + g]), lb[15168 + g])
        lb[16320 + g] = _unless_kept(act, (lb[2496 + g]), lb[16320 + g])
        lb[18624 + g] = _unless_kept(act, (lb[11712 + g]), lb[18624 + g])
        lb[19776 + g] = _unless_kept(act, (lb[12864 + g]), lb[19776 + g])
        lb[192 + g] = _unless_kept(act, (lb[192 + g] + 0.04 * vx), lb[192 + g])
        lb[1344 + g] = _unless_kept(act, (lb[1344 + g] + 0.04 * vy), lb[1344 + g])
        lb[2496 + g] = _unless_kept(act, (lb[2496 + g] + 0.04 * w), lb[2496 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        vx, vy, w = lb[3712 + g], lb[4864 + g], lb[6016 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[3712 + g] = _unless_kept(act, (vx), lb[3712 + g])
        lb[4864 + g] = _unless_kept(act, (vy), lb[4864 + g])
        lb[6016 + g] = _unless_kept(act, (w), lb[6016 + g])
        lb[14080 + g] = _unless_kept(act, (lb[256 + g]), lb[14080 + g])
        lb[15232 + g] = _unless_kept(act, (lb[1408 + g]), lb[15232 + g])
        lb[16384 + g] = _unless_kept(act, (lb[2560 + g]), lb[16384 + g])
        lb[18688 + g] = _unless_kept(act, (lb[11776 + g]), lb[18688 + g])
        lb[19840 + g] = _unless_kept(act, (lb[12928 + g]), lb[19840 + g])
        lb[256 + g] = _unless_kept(act, (lb[256 + g] + 0.04 * vx), lb[256 + g])
        lb[1408 + g] = _unless_kept(act, (lb[1408 + g] + 0.04 * vy), lb[1408 + g])
        lb[2560 + g] = _unless_kept(act, (lb[2560 + g] + 0.04 * w), lb[2560 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        vx, vy, w = lb[3776 + g], lb[4928 + g], lb[6080 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[3776 + g] = _unless_kept(act, (vx), lb[3776 + g])
        lb[4928 + g] = _unless_kept(act, (vy), lb[4928 + g])
        lb[6080 + g] = _unless_kept(act, (w), lb[6080 + g])
        lb[14144 + g] = _unless_kept(act, (lb[320 + g]), lb[14144 + g])
        lb[15296 + g] = _unless_kept(act, (lb[1472 + g]), lb[15296 + g])
        lb[16448 + g] = _unless_kept(act, (lb[2624 + g]), lb[16448 + g])
        lb[18752 + g] = _unless_kept(act, (lb[11840 + g]), lb[18752 + g])
        lb[19904 + g] = _unless_kept(act, (lb[12992 + g]), lb[19904 + g])
        lb[320 + g] = _unless_kept(act, (lb[320 + g] + 0.04 * vx), lb[320 + g])
        lb[1472 + g] = _unless_kept(act, (lb[1472 + g] + 0.04 * vy), lb[1472 + g])
        lb[2624 + g] = _unless_kept(act, (lb[2624 + g] + 0.04 * w), lb[2624 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        vx, vy, w = lb[3840 + g], lb[4992 + g], lb[6144 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[3840 + g] = _unless_kept(act, (vx), lb[3840 + g])
        lb[4992 + g] = _unless_kept(act, (vy), lb[4992 + g])
        lb[6144 + g] = _unless_kept(act, (w), lb[6144 + g])
        lb[14208 + g] = _unless_kept(act, (lb[384 + g]), lb[14208 + g])
        lb[15360 + g] = _unless_kept(act, (lb[1536 + g]), lb[15360 + g])
        lb[16512 + g] = _unless_kept(act, (lb[2688 + g]), lb[16512 + g])
        lb[18816 + g] = _unless_kept(act, (lb[11904 + g]), lb[18816 + g])
        lb[19968 + g] = _unless_kept(act, (lb[13056 + g]), lb[19968 + g])
        lb[384 + g] = _unless_kept(act, (lb[384 + g] + 0.04 * vx), lb[384 + g])
        lb[1536 + g] = _unless_kept(act, (lb[1536 + g] + 0.04 * vy), lb[1536 + g])
        lb[2688 + g] = _unless_kept(act, (lb[2688 + g] + 0.04 * w), lb[2688 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        vx, vy, w = lb[3904 + g], lb[5056 + g], lb[6208 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[3904 + g] = _unless_kept(act, (vx), lb[3904 + g])
        lb[5056 + g] = _unless_kept(act, (vy), lb[5056 + g])
        lb[6208 + g] = _unless_kept(act, (w), lb[6208 + g])
        lb[14272 + g] = _unless_kept(act, (lb[448 + g]), lb[14272 + g])
        lb[15424 + g] = _unless_kept(act, (lb[1600 + g]), lb[15424 + g])
        lb[16576 + g] = _unless_kept(act, (lb[2752 + g]), lb[16576 + g])
        lb[18880 + g] = _unless_kept(act, (lb[11968 + g]), lb[18880 + g])
        lb[20032 + g] = _unless_kept(act, (lb[13120 + g]), lb[20032 + g])
        lb[448 + g] = _unless_kept(act, (lb[448 + g] + 0.04 * vx), lb[448 + g])
        lb[1600 + g] = _unless_kept(act, (lb[1600 + g] + 0.04 * vy), lb[1600 + g])
        lb[2752 + g] = _unless_kept(act, (lb[2752 + g] + 0.04 * w), lb[2752 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        vx, vy, w = lb[3968 + g], lb[5120 + g], lb[6272 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[3968 + g] = _unless_kept(act, (vx), lb[3968 + g])
        lb[5120 + g] = _unless_kept(act, (vy), lb[5120 + g])
        lb[6272 + g] = _unless_kept(act, (w), lb[6272 + g])
        lb[14336 + g] = _unless_kept(act, (lb[512 + g]), lb[14336 + g])
        lb[15488 + g] = _unless_kept(act, (lb[1664 + g]), lb[15488 + g])
        lb[16640 + g] = _unless_kept(act, (lb[2816 + g]), lb[16640 + g])
        lb[18944 + g] = _unless_kept(act, (lb[12032 + g]), lb[18944 + g])
        lb[20096 + g] = _unless_kept(act, (lb[13184 + g]), lb[20096 + g])
        lb[512 + g] = _unless_kept(act, (lb[512 + g] + 0.04 * vx), lb[512 + g])
        lb[1664 + g] = _unless_kept(act, (lb[1664 + g] + 0.04 * vy), lb[1664 + g])
        lb[2816 + g] = _unless_kept(act, (lb[2816 + g] + 0.04 * w), lb[2816 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        vx, vy, w = lb[4032 + g], lb[5184 + g], lb[6336 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[4032 + g] = _unless_kept(act, (vx), lb[4032 + g])
        lb[5184 + g] = _unless_kept(act, (vy), lb[5184 + g])
        lb[6336 + g] = _unless_kept(act, (w), lb[6336 + g])
        lb[14400 + g] = _unless_kept(act, (lb[576 + g]), lb[14400 + g])
        lb[15552 + g] = _unless_kept(act, (lb[1728 + g]), lb[15552 + g])
        lb[16704 + g] = _unless_kept(act, (lb[2880 + g]), lb[16704 + g])
        lb[19008 + g] = _unless_kept(act, (lb[12096 + g]), lb[19008 + g])
        lb[20160 + g] = _unless_kept(act, (lb[13248 + g]), lb[20160 + g])
        lb[576 + g] = _unless_kept(act, (lb[576 + g] + 0.04 * vx), lb[576 + g])
        lb[1728 + g] = _unless_kept(act, (lb[1728 + g] + 0.04 * vy), lb[1728 + g])
        lb[2880 + g] = _unless_kept(act, (lb[2880 + g] + 0.04 * w), lb[2880 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        vx, vy, w = lb[4096 + g], lb[5248 + g], lb[6400 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[4096 + g] = _unless_kept(act, (vx), lb[4096 + g])
        lb[5248 + g] = _unless_kept(act, (vy), lb[5248 + g])
        lb[6400 + g] = _unless_kept(act, (w), lb[6400 + g])
        lb[14464 + g] = _unless_kept(act, (lb[640 + g]), lb[14464 + g])
        lb[15616 + g] = _unless_kept(act, (lb[1792 + g]), lb[15616 + g])
        lb[16768 + g] = _unless_kept(act, (lb[2944 + g]), lb[16768 + g])
        lb[19072 + g] = _unless_kept(act, (lb[12160 + g]), lb[19072 + g])
        lb[20224 + g] = _unless_kept(act, (lb[13312 + g]), lb[20224 + g])
        lb[640 + g] = _unless_kept(act, (lb[640 + g] + 0.04 * vx), lb[640 + g])
        lb[1792 + g] = _unless_kept(act, (lb[1792 + g] + 0.04 * vy), lb[1792 + g])
        lb[2944 + g] = _unless_kept(act, (lb[2944 + g] + 0.04 * w), lb[2944 + g])
    for g in range(n_lanes):
        act = lb[33408 + g] != 0.0
        vx, vy, w = lb[4160 + g], lb[5312 + g], lb[6464 + g]
        tx = 0.04 * vx
        ty = 0.04 * vy
        fast = tx * tx + ty * ty > 4.0
        inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)
        vx = (vx * inv_length) * 50.0 if fast else vx
        vy = (vy * inv_length) * 50.0 if fast else vy
        rotation = 0.04 * w
        spin = rotation * rotation > 2.4674011002723395
        w = (-39.269908169872416 if w < 0.0 else 39.269908169872416) if spin else w
        lb[4160 + g] = _unless_kept(act, (vx), lb[4160 + g])
        lb[5312 + g] = _unless_kept(act, (vy), lb[5312 + g])
        lb[6464 + g] = _unless_kept(act, (w), lb[6464 + g])
        lb[14528 + g] = _unless_kept(act, (lb[704 + g]), lb[14528 + g])
        lb[15680 + g] = _unless_kept(act, (lb[1856 + g]), lb[15680 + g])
        lb[16832 + g] = _unless_kept(act, (lb[3008 + g]), lb[16832 + g])
        lb[19136 + g] = _unless_kept(act, (lb[12224 + g]), lb[19136 + g])
        lb[20288 + g] = _unless_kept(act, (lb[13376 + g]), lb[20288 + g])
        lb[704 + g] = _unless_kept(act, (lb[704 + g] + 0.04 * vx), lb[704 + g])
        lb[1856 + g] = _unless_kept(act, (lb[1856 + g] + 0.04 * vy), lb[1856 + g])
        lb[3008 + g] = _unless_kept(act, (lb[3008 + g] + 0.04 * w), lb[3008 + g])
    if lb[20736] != 0.0:
        for g in range(n_lanes):
            lb[12672 + g], lb[11520 + g] = _own_sincos(lb[2304 + g])
            lb[12736 + g], lb[11584 + g] = _own_sincos(lb[2368 + g])
            lb[12800 + g], lb[11648 + g] = _own_sincos(lb[2432 + g])
            lb[12864 + g], lb[11712 + g] = _own_sincos(lb[2496 + g])
            lb[12928 + g], lb[11776 + g] = _own_sincos(lb[2560 + g])
            lb[12992 + g], lb[11840 + g] = _own_sincos(lb[2624 + g])
            lb[13056 + g], lb[11904 + g] = _own_sincos(lb[2688 + g])
            lb[13120 + g], lb[11968 + g] = _own_sincos(lb[2752 + g])
            lb[13184 + g], lb[12032 + g] = _own_sincos(lb[2816 + g])
            lb[13248 + g], lb[12096 + g] = _own_sincos(lb[2880 + g])
            lb[13312 + g], lb[12160 + g] = _own_sincos(lb[2944 + g])
            lb[13376 + g], lb[12224 + g] = _own_sincos(lb[3008 + g])
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
        vx, vy, w = lb[3456 + g], lb[4608 + g], lb[5760 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        old = lb[10368 + g]
        sleep = _pick(moving, 0.0, old + 0.04)
        lb[10368 + g] = _unless_kept(lb[33408 + g] != 0.0, sleep, old)
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[3520 + g], lb[4672 + g], lb[5824 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        old = lb[10432 + g]
        sleep = _pick(moving, 0.0, old + 0.04)
        lb[10432 + g] = _unless_kept(lb[33408 + g] != 0.0, sleep, old)
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[3584 + g], lb[4736 + g], lb[5888 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        old = lb[10496 + g]
        sleep = _pick(moving, 0.0, old + 0.04)
        lb[10496 + g] = _unless_kept(lb[33408 + g] != 0.0, sleep, old)
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[3648 + g], lb[4800 + g], lb[5952 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        old = lb[10560 + g]
        sleep = _pick(moving, 0.0, old + 0.04)
        lb[10560 + g] = _unless_kept(lb[33408 + g] != 0.0, sleep, old)
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[3712 + g], lb[4864 + g], lb[6016 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        old = lb[10624 + g]
        sleep = _pick(moving, 0.0, old + 0.04)
        lb[10624 + g] = _unless_kept(lb[33408 + g] != 0.0, sleep, old)
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[3776 + g], lb[4928 + g], lb[6080 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        old = lb[10688 + g]
        sleep = _pick(moving, 0.0, old + 0.04)
        lb[10688 + g] = _unless_kept(lb[33408 + g] != 0.0, sleep, old)
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[3840 + g], lb[4992 + g], lb[6144 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        old = lb[10752 + g]
        sleep = _pick(moving, 0.0, old + 0.04)
        lb[10752 + g] = _unless_kept(lb[33408 + g] != 0.0, sleep, old)
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[3904 + g], lb[5056 + g], lb[6208 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        old = lb[10816 + g]
        sleep = _pick(moving, 0.0, old + 0.04)
        lb[10816 + g] = _unless_kept(lb[33408 + g] != 0.0, sleep, old)
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[3968 + g], lb[5120 + g], lb[6272 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        old = lb[10880 + g]
        sleep = _pick(moving, 0.0, old + 0.04)
        lb[10880 + g] = _unless_kept(lb[33408 + g] != 0.0, sleep, old)
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[4032 + g], lb[5184 + g], lb[6336 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        old = lb[10944 + g]
        sleep = _pick(moving, 0.0, old + 0.04)
        lb[10944 + g] = _unless_kept(lb[33408 + g] != 0.0, sleep, old)
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[4096 + g], lb[5248 + g], lb[6400 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        old = lb[11008 + g]
        sleep = _pick(moving, 0.0, old + 0.04)
        lb[11008 + g] = _unless_kept(lb[33408 + g] != 0.0, sleep, old)
        least = 0.0 if moving else (least if least < sleep else sleep)
        vx, vy, w = lb[4160 + g], lb[5312 + g], lb[6464 + g]
        moving = (w * w > 0.0012184696791468343) | (vx * vx + vy * vy > 0.0001)
        old = lb[11072 + g]
        sleep = _pick(moving, 0.0, old + 0.04)
        lb[11072 + g] = _unless_kept(lb[33408 + g] != 0.0, sleep, old)
        least = 0.0 if moving else (least if least < sleep else sleep)
        lb[34560 + g] = 1.0 if least >= 0.5 else 0.0


@njit(cache=True, _nrt=False, error_model='numpy')
def sync_sweep(lb, n_lanes):
    for g in range(n_lanes):
        act = (lb[33408 + g] != 0.0) & (lb[21888 + g] != 0.0)
        a, b = lb[18432 + g] * (3.275), lb[19584 + g] * (1.425)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[19584 + g] * (3.275), lb[18432 + g] * (1.425)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[13824 + g] - ex) - 0.005, (lb[14976 + g] - ey) - 0.005
        aux, auy = (lb[13824 + g] + ex) + 0.005, (lb[14976 + g] + ey) + 0.005
        a, b = lb[11520 + g] * (3.275), lb[12672 + g] * (1.425)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[12672 + g] * (3.275), lb[11520 + g] * (1.425)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[0 + g] - ex) - 0.005, (lb[1152 + g] - ey) - 0.005
        bux, buy = (lb[0 + g] + ex) + 0.005, (lb[1152 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[28800 + g] <= lx) & (lb[29952 + g] <= ly) & (ux <= lb[31104 + g]) & (uy <= lb[32256 + g]))
        dx, dy = lb[0 + g] - lb[13824 + g], lb[1152 + g] - lb[14976 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[24192 + g] = _unless_kept(act, lx, lb[24192 + g])
        lb[25344 + g] = _unless_kept(act, ly, lb[25344 + g])
        lb[26496 + g] = _unless_kept(act, ux, lb[26496 + g])
        lb[27648 + g] = _unless_kept(act, uy, lb[27648 + g])
        lb[28800 + g] = _unless_kept(moved, lx - ex, lb[28800 + g])
        lb[29952 + g] = _unless_kept(moved, ly - ey, lb[29952 + g])
        lb[31104 + g] = _unless_kept(moved, ux + ex, lb[31104 + g])
        lb[32256 + g] = _unless_kept(moved, uy + ey, lb[32256 + g])
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[29888 + g] - fux > 0.0) | (lb[31040 + g] - fuy > 0.0) | (flx - lb[32192 + g] > 0.0) | (fly - lb[33344 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[29824 + g] - fux > 0.0) | (lb[30976 + g] - fuy > 0.0) | (flx - lb[32128 + g] > 0.0) | (fly - lb[33280 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[29760 + g] - fux > 0.0) | (lb[30912 + g] - fuy > 0.0) | (flx - lb[32064 + g] > 0.0) | (fly - lb[33216 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[29696 + g] - fux > 0.0) | (lb[30848 + g] - fuy > 0.0) | (flx - lb[32000 + g] > 0.0) | (fly - lb[33152 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[35712 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[33408 + g] != 0.0) & (lb[21952 + g] != 0.0)
        a, b = lb[18496 + g] * (1.075), lb[19648 + g] * (1.325)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[19648 + g] * (1.075), lb[18496 + g] * (1.325)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[13888 + g] - ex) - 0.005, (lb[15040 + g] - ey) - 0.005
        aux, auy = (lb[13888 + g] + ex) + 0.005, (lb[15040 + g] + ey) + 0.005
        a, b = lb[11584 + g] * (1.075), lb[12736 + g] * (1.325)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[12736 + g] * (1.075), lb[11584 + g] * (1.325)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[64 + g] - ex) - 0.005, (lb[1216 + g] - ey) - 0.005
        bux, buy = (lb[64 + g] + ex) + 0.005, (lb[1216 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[28864 + g] <= lx) & (lb[30016 + g] <= ly) & (ux <= lb[31168 + g]) & (uy <= lb[32320 + g]))
        dx, dy = lb[64 + g] - lb[13888 + g], lb[1216 + g] - lb[15040 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[24256 + g] = _unless_kept(act, lx, lb[24256 + g])
        lb[25408 + g] = _unless_kept(act, ly, lb[25408 + g])
        lb[26560 + g] = _unless_kept(act, ux, lb[26560 + g])
        lb[27712 + g] = _unless_kept(act, uy, lb[27712 + g])
        lb[28864 + g] = _unless_kept(moved, lx - ex, lb[28864 + g])
        lb[30016 + g] = _unless_kept(moved, ly - ey, lb[30016 + g])
        lb[31168 + g] = _unless_kept(moved, ux + ex, lb[31168 + g])
        lb[32320 + g] = _unless_kept(moved, uy + ey, lb[32320 + g])
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[29888 + g] - fux > 0.0) | (lb[31040 + g] - fuy > 0.0) | (flx - lb[32192 + g] > 0.0) | (fly - lb[33344 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[29824 + g] - fux > 0.0) | (lb[30976 + g] - fuy > 0.0) | (flx - lb[32128 + g] > 0.0) | (fly - lb[33280 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[29760 + g] - fux > 0.0) | (lb[30912 + g] - fuy > 0.0) | (flx - lb[32064 + g] > 0.0) | (fly - lb[33216 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[29696 + g] - fux > 0.0) | (lb[30848 + g] - fuy > 0.0) | (flx - lb[32000 + g] > 0.0) | (fly - lb[33152 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[35776 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[33408 + g] != 0.0) & (lb[22016 + g] != 0.0)
        a, b = lb[18560 + g] * (1.75), lb[19712 + g] * (0.55)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[19712 + g] * (1.75), lb[18560 + g] * (0.55)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[13952 + g] - ex) - 0.005, (lb[15104 + g] - ey) - 0.005
        aux, auy = (lb[13952 + g] + ex) + 0.005, (lb[15104 + g] + ey) + 0.005
        a, b = lb[11648 + g] * (1.75), lb[12800 + g] * (0.55)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[12800 + g] * (1.75), lb[11648 + g] * (0.55)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[128 + g] - ex) - 0.005, (lb[1280 + g] - ey) - 0.005
        bux, buy = (lb[128 + g] + ex) + 0.005, (lb[1280 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[28928 + g] <= lx) & (lb[30080 + g] <= ly) & (ux <= lb[31232 + g]) & (uy <= lb[32384 + g]))
        dx, dy = lb[128 + g] - lb[13952 + g], lb[1280 + g] - lb[15104 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[24320 + g] = _unless_kept(act, lx, lb[24320 + g])
        lb[25472 + g] = _unless_kept(act, ly, lb[25472 + g])
        lb[26624 + g] = _unless_kept(act, ux, lb[26624 + g])
        lb[27776 + g] = _unless_kept(act, uy, lb[27776 + g])
        lb[28928 + g] = _unless_kept(moved, lx - ex, lb[28928 + g])
        lb[30080 + g] = _unless_kept(moved, ly - ey, lb[30080 + g])
        lb[31232 + g] = _unless_kept(moved, ux + ex, lb[31232 + g])
        lb[32384 + g] = _unless_kept(moved, uy + ey, lb[32384 + g])
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[29888 + g] - fux > 0.0) | (lb[31040 + g] - fuy > 0.0) | (flx - lb[32192 + g] > 0.0) | (fly - lb[33344 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[29824 + g] - fux > 0.0) | (lb[30976 + g] - fuy > 0.0) | (flx - lb[32128 + g] > 0.0) | (fly - lb[33280 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[29760 + g] - fux > 0.0) | (lb[30912 + g] - fuy > 0.0) | (flx - lb[32064 + g] > 0.0) | (fly - lb[33216 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[29696 + g] - fux > 0.0) | (lb[30848 + g] - fuy > 0.0) | (flx - lb[32000 + g] > 0.0) | (fly - lb[33152 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[35840 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[33408 + g] != 0.0) & (lb[22080 + g] != 0.0)
        a, b = lb[18624 + g] * (2.525), lb[19776 + g] * (1.0)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[19776 + g] * (2.525), lb[18624 + g] * (1.0)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[14016 + g] - ex) - 0.005, (lb[15168 + g] - ey) - 0.005
        aux, auy = (lb[14016 + g] + ex) + 0.005, (lb[15168 + g] + ey) + 0.005
        a, b = lb[11712 + g] * (2.525), lb[12864 + g] * (1.0)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[12864 + g] * (2.525), lb[11712 + g] * (1.0)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[192 + g] - ex) - 0.005, (lb[1344 + g] - ey) - 0.005
        bux, buy = (lb[192 + g] + ex) + 0.005, (lb[1344 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[28992 + g] <= lx) & (lb[30144 + g] <= ly) & (ux <= lb[31296 + g]) & (uy <= lb[32448 + g]))
        dx, dy = lb[192 + g] - lb[14016 + g], lb[1344 + g] - lb[15168 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[24384 + g] = _unless_kept(act, lx, lb[24384 + g])
        lb[25536 + g] = _unless_kept(act, ly, lb[25536 + g])
        lb[26688 + g] = _unless_kept(act, ux, lb[26688 + g])
        lb[27840 + g] = _unless_kept(act, uy, lb[27840 + g])
        lb[28992 + g] = _unless_kept(moved, lx - ex, lb[28992 + g])
        lb[30144 + g] = _unless_kept(moved, ly - ey, lb[30144 + g])
        lb[31296 + g] = _unless_kept(moved, ux + ex, lb[31296 + g])
        lb[32448 + g] = _unless_kept(moved, uy + ey, lb[32448 + g])
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[29888 + g] - fux > 0.0) | (lb[31040 + g] - fuy > 0.0) | (flx - lb[32192 + g] > 0.0) | (fly - lb[33344 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[29824 + g] - fux > 0.0) | (lb[30976 + g] - fuy > 0.0) | (flx - lb[32128 + g] > 0.0) | (fly - lb[33280 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[29760 + g] - fux > 0.0) | (lb[30912 + g] - fuy > 0.0) | (flx - lb[32064 + g] > 0.0) | (fly - lb[33216 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[29696 + g] - fux > 0.0) | (lb[30848 + g] - fuy > 0.0) | (flx - lb[32000 + g] > 0.0) | (fly - lb[33152 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[35904 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[33408 + g] != 0.0) & (lb[22144 + g] != 0.0)
        a, b = lb[18688 + g] * (1.85), lb[19840 + g] * (0.625)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[19840 + g] * (1.85), lb[18688 + g] * (0.625)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[14080 + g] - ex) - 0.005, (lb[15232 + g] - ey) - 0.005
        aux, auy = (lb[14080 + g] + ex) + 0.005, (lb[15232 + g] + ey) + 0.005
        a, b = lb[11776 + g] * (1.85), lb[12928 + g] * (0.625)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[12928 + g] * (1.85), lb[11776 + g] * (0.625)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[256 + g] - ex) - 0.005, (lb[1408 + g] - ey) - 0.005
        bux, buy = (lb[256 + g] + ex) + 0.005, (lb[1408 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[29056 + g] <= lx) & (lb[30208 + g] <= ly) & (ux <= lb[31360 + g]) & (uy <= lb[32512 + g]))
        dx, dy = lb[256 + g] - lb[14080 + g], lb[1408 + g] - lb[15232 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[24448 + g] = _unless_kept(act, lx, lb[24448 + g])
        lb[25600 + g] = _unless_kept(act, ly, lb[25600 + g])
        lb[26752 + g] = _unless_kept(act, ux, lb[26752 + g])
        lb[27904 + g] = _unless_kept(act, uy, lb[27904 + g])
        lb[29056 + g] = _unless_kept(moved, lx - ex, lb[29056 + g])
        lb[30208 + g] = _unless_kept(moved, ly - ey, lb[30208 + g])
        lb[31360 + g] = _unless_kept(moved, ux + ex, lb[31360 + g])
        lb[32512 + g] = _unless_kept(moved, uy + ey, lb[32512 + g])
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[29888 + g] - fux > 0.0) | (lb[31040 + g] - fuy > 0.0) | (flx - lb[32192 + g] > 0.0) | (fly - lb[33344 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[29824 + g] - fux > 0.0) | (lb[30976 + g] - fuy > 0.0) | (flx - lb[32128 + g] > 0.0) | (fly - lb[33280 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[29760 + g] - fux > 0.0) | (lb[30912 + g] - fuy > 0.0) | (flx - lb[32064 + g] > 0.0) | (fly - lb[33216 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[29696 + g] - fux > 0.0) | (lb[30848 + g] - fuy > 0.0) | (flx - lb[32000 + g] > 0.0) | (fly - lb[33152 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[35968 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[33408 + g] != 0.0) & (lb[22208 + g] != 0.0)
        a, b = lb[18752 + g] * (2.5), lb[19904 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[19904 + g] * (2.5), lb[18752 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[14144 + g] - ex) - 0.005, (lb[15296 + g] - ey) - 0.005
        aux, auy = (lb[14144 + g] + ex) + 0.005, (lb[15296 + g] + ey) + 0.005
        a, b = lb[11840 + g] * (2.5), lb[12992 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[12992 + g] * (2.5), lb[11840 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[320 + g] - ex) - 0.005, (lb[1472 + g] - ey) - 0.005
        bux, buy = (lb[320 + g] + ex) + 0.005, (lb[1472 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[29120 + g] <= lx) & (lb[30272 + g] <= ly) & (ux <= lb[31424 + g]) & (uy <= lb[32576 + g]))
        dx, dy = lb[320 + g] - lb[14144 + g], lb[1472 + g] - lb[15296 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[24512 + g] = _unless_kept(act, lx, lb[24512 + g])
        lb[25664 + g] = _unless_kept(act, ly, lb[25664 + g])
        lb[26816 + g] = _unless_kept(act, ux, lb[26816 + g])
        lb[27968 + g] = _unless_kept(act, uy, lb[27968 + g])
        lb[29120 + g] = _unless_kept(moved, lx - ex, lb[29120 + g])
        lb[30272 + g] = _unless_kept(moved, ly - ey, lb[30272 + g])
        lb[31424 + g] = _unless_kept(moved, ux + ex, lb[31424 + g])
        lb[32576 + g] = _unless_kept(moved, uy + ey, lb[32576 + g])
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[29888 + g] - fux > 0.0) | (lb[31040 + g] - fuy > 0.0) | (flx - lb[32192 + g] > 0.0) | (fly - lb[33344 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[29824 + g] - fux > 0.0) | (lb[30976 + g] - fuy > 0.0) | (flx - lb[32128 + g] > 0.0) | (fly - lb[33280 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[29760 + g] - fux > 0.0) | (lb[30912 + g] - fuy > 0.0) | (flx - lb[32064 + g] > 0.0) | (fly - lb[33216 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[29696 + g] - fux > 0.0) | (lb[30848 + g] - fuy > 0.0) | (flx - lb[32000 + g] > 0.0) | (fly - lb[33152 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[36032 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[33408 + g] != 0.0) & (lb[22272 + g] != 0.0)
        a, b = lb[18816 + g] * (1.35), lb[19968 + g] * (0.675)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[19968 + g] * (1.35), lb[18816 + g] * (0.675)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[14208 + g] - ex) - 0.005, (lb[15360 + g] - ey) - 0.005
        aux, auy = (lb[14208 + g] + ex) + 0.005, (lb[15360 + g] + ey) + 0.005
        a, b = lb[11904 + g] * (1.35), lb[13056 + g] * (0.675)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[13056 + g] * (1.35), lb[11904 + g] * (0.675)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[384 + g] - ex) - 0.005, (lb[1536 + g] - ey) - 0.005
        bux, buy = (lb[384 + g] + ex) + 0.005, (lb[1536 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[29184 + g] <= lx) & (lb[30336 + g] <= ly) & (ux <= lb[31488 + g]) & (uy <= lb[32640 + g]))
        dx, dy = lb[384 + g] - lb[14208 + g], lb[1536 + g] - lb[15360 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[24576 + g] = _unless_kept(act, lx, lb[24576 + g])
        lb[25728 + g] = _unless_kept(act, ly, lb[25728 + g])
        lb[26880 + g] = _unless_kept(act, ux, lb[26880 + g])
        lb[28032 + g] = _unless_kept(act, uy, lb[28032 + g])
        lb[29184 + g] = _unless_kept(moved, lx - ex, lb[29184 + g])
        lb[30336 + g] = _unless_kept(moved, ly - ey, lb[30336 + g])
        lb[31488 + g] = _unless_kept(moved, ux + ex, lb[31488 + g])
        lb[32640 + g] = _unless_kept(moved, uy + ey, lb[32640 + g])
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[29888 + g] - fux > 0.0) | (lb[31040 + g] - fuy > 0.0) | (flx - lb[32192 + g] > 0.0) | (fly - lb[33344 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[29824 + g] - fux > 0.0) | (lb[30976 + g] - fuy > 0.0) | (flx - lb[32128 + g] > 0.0) | (fly - lb[33280 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[29760 + g] - fux > 0.0) | (lb[30912 + g] - fuy > 0.0) | (flx - lb[32064 + g] > 0.0) | (fly - lb[33216 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[29696 + g] - fux > 0.0) | (lb[30848 + g] - fuy > 0.0) | (flx - lb[32000 + g] > 0.0) | (fly - lb[33152 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[36096 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[33408 + g] != 0.0) & (lb[22336 + g] != 0.0)
        a, b = lb[18880 + g] * (2.225), lb[20032 + g] * (0.675)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[20032 + g] * (2.225), lb[18880 + g] * (0.675)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[14272 + g] - ex) - 0.005, (lb[15424 + g] - ey) - 0.005
        aux, auy = (lb[14272 + g] + ex) + 0.005, (lb[15424 + g] + ey) + 0.005
        a, b = lb[11968 + g] * (2.225), lb[13120 + g] * (0.675)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[13120 + g] * (2.225), lb[11968 + g] * (0.675)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[448 + g] - ex) - 0.005, (lb[1600 + g] - ey) - 0.005
        bux, buy = (lb[448 + g] + ex) + 0.005, (lb[1600 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[29248 + g] <= lx) & (lb[30400 + g] <= ly) & (ux <= lb[31552 + g]) & (uy <= lb[32704 + g]))
        dx, dy = lb[448 + g] - lb[14272 + g], lb[1600 + g] - lb[15424 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[24640 + g] = _unless_kept(act, lx, lb[24640 + g])
        lb[25792 + g] = _unless_kept(act, ly, lb[25792 + g])
        lb[26944 + g] = _unless_kept(act, ux, lb[26944 + g])
        lb[28096 + g] = _unless_kept(act, uy, lb[28096 + g])
        lb[29248 + g] = _unless_kept(moved, lx - ex, lb[29248 + g])
        lb[30400 + g] = _unless_kept(moved, ly - ey, lb[30400 + g])
        lb[31552 + g] = _unless_kept(moved, ux + ex, lb[31552 + g])
        lb[32704 + g] = _unless_kept(moved, uy + ey, lb[32704 + g])
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[29888 + g] - fux > 0.0) | (lb[31040 + g] - fuy > 0.0) | (flx - lb[32192 + g] > 0.0) | (fly - lb[33344 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[29824 + g] - fux > 0.0) | (lb[30976 + g] - fuy > 0.0) | (flx - lb[32128 + g] > 0.0) | (fly - lb[33280 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[29760 + g] - fux > 0.0) | (lb[30912 + g] - fuy > 0.0) | (flx - lb[32064 + g] > 0.0) | (fly - lb[33216 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[29696 + g] - fux > 0.0) | (lb[30848 + g] - fuy > 0.0) | (flx - lb[32000 + g] > 0.0) | (fly - lb[33152 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[36160 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[33408 + g] != 0.0) & (lb[22400 + g] != 0.0)
        a, b = lb[18944 + g] * (1.95), lb[20096 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[20096 + g] * (1.95), lb[18944 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[14336 + g] - ex) - 0.005, (lb[15488 + g] - ey) - 0.005
        aux, auy = (lb[14336 + g] + ex) + 0.005, (lb[15488 + g] + ey) + 0.005
        a, b = lb[12032 + g] * (1.95), lb[13184 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[13184 + g] * (1.95), lb[12032 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[512 + g] - ex) - 0.005, (lb[1664 + g] - ey) - 0.005
        bux, buy = (lb[512 + g] + ex) + 0.005, (lb[1664 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[29312 + g] <= lx) & (lb[30464 + g] <= ly) & (ux <= lb[31616 + g]) & (uy <= lb[32768 + g]))
        dx, dy = lb[512 + g] - lb[14336 + g], lb[1664 + g] - lb[15488 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[24704 + g] = _unless_kept(act, lx, lb[24704 + g])
        lb[25856 + g] = _unless_kept(act, ly, lb[25856 + g])
        lb[27008 + g] = _unless_kept(act, ux, lb[27008 + g])
        lb[28160 + g] = _unless_kept(act, uy, lb[28160 + g])
        lb[29312 + g] = _unless_kept(moved, lx - ex, lb[29312 + g])
        lb[30464 + g] = _unless_kept(moved, ly - ey, lb[30464 + g])
        lb[31616 + g] = _unless_kept(moved, ux + ex, lb[31616 + g])
        lb[32768 + g] = _unless_kept(moved, uy + ey, lb[32768 + g])
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[29888 + g] - fux > 0.0) | (lb[31040 + g] - fuy > 0.0) | (flx - lb[32192 + g] > 0.0) | (fly - lb[33344 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[29824 + g] - fux > 0.0) | (lb[30976 + g] - fuy > 0.0) | (flx - lb[32128 + g] > 0.0) | (fly - lb[33280 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[29760 + g] - fux > 0.0) | (lb[30912 + g] - fuy > 0.0) | (flx - lb[32064 + g] > 0.0) | (fly - lb[33216 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[29696 + g] - fux > 0.0) | (lb[30848 + g] - fuy > 0.0) | (flx - lb[32000 + g] > 0.0) | (fly - lb[33152 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[36224 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[33408 + g] != 0.0) & (lb[22464 + g] != 0.0)
        a, b = lb[19008 + g] * (2.5), lb[20160 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[20160 + g] * (2.5), lb[19008 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[14400 + g] - ex) - 0.005, (lb[15552 + g] - ey) - 0.005
        aux, auy = (lb[14400 + g] + ex) + 0.005, (lb[15552 + g] + ey) + 0.005
        a, b = lb[12096 + g] * (2.5), lb[13248 + g] * (0.75)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[13248 + g] * (2.5), lb[12096 + g] * (0.75)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[576 + g] - ex) - 0.005, (lb[1728 + g] - ey) - 0.005
        bux, buy = (lb[576 + g] + ex) + 0.005, (lb[1728 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[29376 + g] <= lx) & (lb[30528 + g] <= ly) & (ux <= lb[31680 + g]) & (uy <= lb[32832 + g]))
        dx, dy = lb[576 + g] - lb[14400 + g], lb[1728 + g] - lb[15552 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[24768 + g] = _unless_kept(act, lx, lb[24768 + g])
        lb[25920 + g] = _unless_kept(act, ly, lb[25920 + g])
        lb[27072 + g] = _unless_kept(act, ux, lb[27072 + g])
        lb[28224 + g] = _unless_kept(act, uy, lb[28224 + g])
        lb[29376 + g] = _unless_kept(moved, lx - ex, lb[29376 + g])
        lb[30528 + g] = _unless_kept(moved, ly - ey, lb[30528 + g])
        lb[31680 + g] = _unless_kept(moved, ux + ex, lb[31680 + g])
        lb[32832 + g] = _unless_kept(moved, uy + ey, lb[32832 + g])
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[29888 + g] - fux > 0.0) | (lb[31040 + g] - fuy > 0.0) | (flx - lb[32192 + g] > 0.0) | (fly - lb[33344 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[29824 + g] - fux > 0.0) | (lb[30976 + g] - fuy > 0.0) | (flx - lb[32128 + g] > 0.0) | (fly - lb[33280 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[29760 + g] - fux > 0.0) | (lb[30912 + g] - fuy > 0.0) | (flx - lb[32064 + g] > 0.0) | (fly - lb[33216 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[29696 + g] - fux > 0.0) | (lb[30848 + g] - fuy > 0.0) | (flx - lb[32000 + g] > 0.0) | (fly - lb[33152 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[36288 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[33408 + g] != 0.0) & (lb[22528 + g] != 0.0)
        a, b = lb[19072 + g] * (1.35), lb[20224 + g] * (0.725)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[20224 + g] * (1.35), lb[19072 + g] * (0.725)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[14464 + g] - ex) - 0.005, (lb[15616 + g] - ey) - 0.005
        aux, auy = (lb[14464 + g] + ex) + 0.005, (lb[15616 + g] + ey) + 0.005
        a, b = lb[12160 + g] * (1.35), lb[13312 + g] * (0.725)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[13312 + g] * (1.35), lb[12160 + g] * (0.725)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[640 + g] - ex) - 0.005, (lb[1792 + g] - ey) - 0.005
        bux, buy = (lb[640 + g] + ex) + 0.005, (lb[1792 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[29440 + g] <= lx) & (lb[30592 + g] <= ly) & (ux <= lb[31744 + g]) & (uy <= lb[32896 + g]))
        dx, dy = lb[640 + g] - lb[14464 + g], lb[1792 + g] - lb[15616 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[24832 + g] = _unless_kept(act, lx, lb[24832 + g])
        lb[25984 + g] = _unless_kept(act, ly, lb[25984 + g])
        lb[27136 + g] = _unless_kept(act, ux, lb[27136 + g])
        lb[28288 + g] = _unless_kept(act, uy, lb[28288 + g])
        lb[29440 + g] = _unless_kept(moved, lx - ex, lb[29440 + g])
        lb[30592 + g] = _unless_kept(moved, ly - ey, lb[30592 + g])
        lb[31744 + g] = _unless_kept(moved, ux + ex, lb[31744 + g])
        lb[32896 + g] = _unless_kept(moved, uy + ey, lb[32896 + g])
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[29888 + g] - fux > 0.0) | (lb[31040 + g] - fuy > 0.0) | (flx - lb[32192 + g] > 0.0) | (fly - lb[33344 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[29824 + g] - fux > 0.0) | (lb[30976 + g] - fuy > 0.0) | (flx - lb[32128 + g] > 0.0) | (fly - lb[33280 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[29760 + g] - fux > 0.0) | (lb[30912 + g] - fuy > 0.0) | (flx - lb[32064 + g] > 0.0) | (fly - lb[33216 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[29696 + g] - fux > 0.0) | (lb[30848 + g] - fuy > 0.0) | (flx - lb[32000 + g] > 0.0) | (fly - lb[33152 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[36352 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
    for g in range(n_lanes):
        act = (lb[33408 + g] != 0.0) & (lb[22592 + g] != 0.0)
        a, b = lb[19136 + g] * (2.65), lb[20288 + g] * (1.0)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[20288 + g] * (2.65), lb[19136 + g] * (1.0)
        ey = max(abs(a + b), abs(a - b))
        alx, aly = (lb[14528 + g] - ex) - 0.005, (lb[15680 + g] - ey) - 0.005
        aux, auy = (lb[14528 + g] + ex) + 0.005, (lb[15680 + g] + ey) + 0.005
        a, b = lb[12224 + g] * (2.65), lb[13376 + g] * (1.0)
        ex = max(abs(a - b), abs(a + b))
        a, b = lb[13376 + g] * (2.65), lb[12224 + g] * (1.0)
        ey = max(abs(a + b), abs(a - b))
        blx, bly = (lb[704 + g] - ex) - 0.005, (lb[1856 + g] - ey) - 0.005
        bux, buy = (lb[704 + g] + ex) + 0.005, (lb[1856 + g] + ey) + 0.005
        lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)
        inside = ((lb[29504 + g] <= lx) & (lb[30656 + g] <= ly) & (ux <= lb[31808 + g]) & (uy <= lb[32960 + g]))
        dx, dy = lb[704 + g] - lb[14528 + g], lb[1856 + g] - lb[15680 + g]
        ex = 0.1 + 2.0 * (dx if dx > 0 else -dx)
        ey = 0.1 + 2.0 * (dy if dy > 0 else -dy)
        moved = act & (inside == False)
        lb[24896 + g] = _unless_kept(act, lx, lb[24896 + g])
        lb[26048 + g] = _unless_kept(act, ly, lb[26048 + g])
        lb[27200 + g] = _unless_kept(act, ux, lb[27200 + g])
        lb[28352 + g] = _unless_kept(act, uy, lb[28352 + g])
        lb[29504 + g] = _unless_kept(moved, lx - ex, lb[29504 + g])
        lb[30656 + g] = _unless_kept(moved, ly - ey, lb[30656 + g])
        lb[31808 + g] = _unless_kept(moved, ux + ex, lb[31808 + g])
        lb[32960 + g] = _unless_kept(moved, uy + ey, lb[32960 + g])
        flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey
        apart = ((lb[29888 + g] - fux > 0.0) | (lb[31040 + g] - fuy > 0.0) | (flx - lb[32192 + g] > 0.0) | (fly - lb[33344 + g] > 0.0))
        s1 = 0.0 if apart else 2.0
        apart = ((lb[29824 + g] - fux > 0.0) | (lb[30976 + g] - fuy > 0.0) | (flx - lb[32128 + g] > 0.0) | (fly - lb[33280 + g] > 0.0))
        s2 = 0.0 if apart else 4.0
        apart = ((lb[29760 + g] - fux > 0.0) | (lb[30912 + g] - fuy > 0.0) | (flx - lb[32064 + g] > 0.0) | (fly - lb[33216 + g] > 0.0))
        s3 = 0.0 if apart else 8.0
        apart = ((lb[29696 + g] - fux > 0.0) | (lb[30848 + g] - fuy > 0.0) | (flx - lb[32000 + g] > 0.0) | (fly - lb[33152 + g] > 0.0))
        s4 = 0.0 if apart else 16.0
        lb[36416 + g] = (1.0 + s1 + s2 + s3 + s4) if moved else 0.0
