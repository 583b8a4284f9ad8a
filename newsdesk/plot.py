"""`newsdesk stats --plot FILE.png`: articles per day, stacked by section (matplotlib, optional extra `plot`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


class PlotUnavailable(RuntimeError):
    """matplotlib is not installed."""


def plot_articles_per_day(rows: Iterable[tuple[str | None, str | None, int]], path: str | Path) -> Path:
    """Draw (day, section, articles) rows as one stacked bar per day, one colour per section; save as `path`."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot
    except ImportError:
        raise PlotUnavailable("--plot needs matplotlib: pip install 'newsdesk[plot]'") from None
    counts: dict[str, dict[str, int]] = {}
    for day, section, articles in rows:
        if day:
            counts.setdefault(section or "(none)", {})[day] = articles
    days = sorted({day for per_day in counts.values() for day in per_day})
    figure, axes = pyplot.subplots(figsize=(max(6.0, 0.45 * len(days) + 3), 4.5), layout="constrained")
    bottom = [0] * len(days)
    for section in sorted(counts, key=lambda name: -sum(counts[name].values())):
        heights = [counts[section].get(day, 0) for day in days]
        axes.bar(days, heights, bottom=bottom, label=section)
        bottom = [low + height for low, height in zip(bottom, heights)]
    axes.set_title("Articles per day by section")
    axes.set_xlabel("published (day)")
    axes.set_ylabel("articles")
    axes.tick_params(axis="x", labelrotation=60)
    axes.yaxis.get_major_locator().set_params(integer=True)
    if counts:
        axes.legend(title="section", fontsize="small", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    path = Path(path)
    figure.savefig(path, dpi=120)
    pyplot.close(figure)
    return path
