"""`newsdesk serve`: the database in Datasette, with newsdesk's metadata, canned queries and article page.

`metadata.json` describes the tables, columns and canned queries of a newsdesk database;
`metadata_for()` files it under the served database's name (Datasette names a database after
its file). `plugins/article_page.py` adds the reader's view of one article at
`/-/article/<id>` (and `/-/article?url=<url>`), linked from every article title;
`templates/article.html` draws it. Datasette itself is the optional extra `inspect`.
"""

from __future__ import annotations

import json
import tempfile
from importlib.util import find_spec
from pathlib import Path

HERE = Path(__file__).resolve().parent
METADATA = HERE / "metadata.json"
PLUGINS_DIR = HERE / "plugins"
TEMPLATES_DIR = HERE / "templates"


class DatasetteUnavailable(RuntimeError):
    """Datasette is not installed."""


def metadata_for(db_path: str | Path) -> dict:
    """Datasette metadata for serving `db_path`: the instance's title plus this database's tables and queries."""
    described = json.loads(METADATA.read_text(encoding="utf-8"))
    instance = {key: described.pop(key) for key in ("title", "description", "license", "source", "source_url") if key in described}
    return {**instance, "databases": {Path(db_path).stem: described}}


def datasette_args(db_path: str | Path, metadata_path: str | Path, *, port: int, host: str) -> list[str]:
    """`datasette serve` arguments for `db_path` with newsdesk's metadata, plugin and templates."""
    return [
        "serve", str(db_path),
        "--metadata", str(metadata_path),
        "--plugins-dir", str(PLUGINS_DIR),
        "--template-dir", str(TEMPLATES_DIR),
        "--host", host,
        "--port", str(port),
        "--setting", "sql_time_limit_ms", "5000",
    ]


def serve(db_path: str | Path, *, port: int = 8001, host: str = "127.0.0.1") -> None:
    """Run Datasette on `db_path` in this process until interrupted (Ctrl-C or SIGTERM)."""
    if find_spec("datasette") is None:
        raise DatasetteUnavailable("serve needs Datasette: pip install 'newsdesk[inspect]'")
    from datasette.cli import cli as datasette_cli

    with tempfile.TemporaryDirectory(prefix="newsdesk-datasette-") as tmp:
        metadata_path = Path(tmp) / "metadata.json"
        metadata_path.write_text(json.dumps(metadata_for(db_path), indent=2), encoding="utf-8")
        try:
            datasette_cli.main(args=datasette_args(db_path, metadata_path, port=port, host=host),
                               prog_name="datasette", standalone_mode=False)
        except KeyboardInterrupt:
            pass
