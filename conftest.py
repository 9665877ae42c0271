"""Collection rules for the whole repository (pytest also runs src/newsclean's doctests).

The integration modules import their optional dependency at the top, as they must
(datatrove's base class, pyarrow); without the extra installed, their doctests are
not collected, as the tests that use them are skipped.
"""

from __future__ import annotations

import importlib.util

collect_ignore = [
    path
    for path, module in (("src/newsclean/datatrove.py", "datatrove"), ("src/newsclean/parquet.py", "pyarrow"))
    if importlib.util.find_spec(module) is None
]
