import math

from numba import njit

# Cody-Waite pi/2 in three parts (fdlibm's), and the Taylor coefficients
PIO2_1, PIO2_2, PIO2_3 = 1.57079632673412561417e+00, 6.07710050650619224932e-11, \
    2.02226624879595063154e-21
SIN_C = tuple((-1.0) ** n / math.factorial(2 * n + 1) for n in range(1, 9))
COS_C = tuple((-1.0) ** n / math.factorial(2 * n) for n in range(1, 9))


@njit(cache=True, _nrt=False, inline="always", error_model="numpy")
def _sincos(x):
    """sin and cos without a branch or a call (vectorisable); a few ulp off glibc's for |x| < 1e5."""
    q = math.floor(x * (2.0 / math.pi) + 0.5)
    r = ((x - q * PIO2_1) - q * PIO2_2) - q * PIO2_3
    z = r * r
    s = r + r * z * (SIN_C[0] + z * (SIN_C[1] + z * (SIN_C[2] + z * (SIN_C[3] + z * (
        SIN_C[4] + z * (SIN_C[5] + z * (SIN_C[6] + z * SIN_C[7])))))))
    c = 1.0 + z * (COS_C[0] + z * (COS_C[1] + z * (COS_C[2] + z * (COS_C[3] + z * (
        COS_C[4] + z * (COS_C[5] + z * (COS_C[6] + z * COS_C[7])))))))
    quadrant = q - 4.0 * math.floor(q * 0.25)
    sin = s if quadrant == 0.0 else c if quadrant == 1.0 else -s if quadrant == 2.0 else -c
    cos = c if quadrant == 0.0 else -s if quadrant == 1.0 else -c if quadrant == 2.0 else s
    return sin, cos


