"""The timescale and the ephemeris (de421), loaded once, offline, from the skyfield-data package.

Nothing here touches the network: `Loader` reads only the package's own folder.
"""

from __future__ import annotations

import atexit
import warnings
from functools import cache
from typing import Any

from skyfield.api import Loader
from skyfield.timelib import Timescale


@cache
def _loader() -> Loader:
    # skyfield-data warns that its Earth-orientation table (finals2000A.all) has
    # expired. We use the built-in timescale, whose UT1 extrapolation past that
    # table errs by well under a second for the years we check — far below the
    # ±30 s that element-set age already costs a pass prediction — so the
    # warning is silenced here, deliberately and only here (the suite turns
    # warnings into errors).
    from skyfield_data import get_skyfield_data_path

    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message=r"The file \S+ has expired", category=RuntimeWarning
        )
        path = get_skyfield_data_path()
    return Loader(path, verbose=False)


@cache
def timescale() -> Timescale:
    """skyfield's timescale from the tables it ships (no download)."""
    return _loader().timescale(builtin=True)


@cache
def ephemeris() -> Any:
    """JPL's DE421 (Sun, Earth, Moon) as shipped by skyfield-data, open until the process ends."""
    kernel = _loader()("de421.bsp")
    atexit.register(kernel.close)
    return kernel
