"""Datasette plugin (loaded with --plugins-dir): the reader's view of one stored article.

Routes: `/-/article/<id>` and `/-/article?url=<article url>`; article titles in tables and
query results link to it. The page is built from the article's export record, so it shows
exactly what `newsdesk export` and `newsdesk show` show.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape


@hookimpl
def register_routes():
    """The article page, by id and by URL."""
    return [
        (r"^/-/article/(?P<article_id>\d+)$", article_by_id),
        (r"^/-/article$", article_by_url),
    ]


@hookimpl
def render_cell(row, value, column, table, datasette):
    """Link an article's title (in `articles` or any query returning `id` and `title`) to its page."""
    if column != "title" or value is None or table not in (None, "articles"):
        return None
    try:
        article_id = row["id"]
    except (IndexError, KeyError):
        return None
    if not isinstance(article_id, int):
        return None
    href = datasette.urls.path(f"/-/article/{article_id}")
    return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')


async def article_by_id(datasette, request):
    """`/-/article/<id>`."""
    return await _article_page(datasette, request, int(request.url_vars["article_id"]))


async def article_by_url(datasette, request):
    """`/-/article?url=...`: any URL the article was fetched from, or its canonical URL."""
    url = request.args.get("url")
    if not url:
        raise NotFound("add ?url=<article url>")
    return await _article_page(datasette, request, url)


async def _article_page(datasette, request, key):
    from sqlite_utils import Database

    from newsdesk.views import images_above_body
    from storage.queries import ArticleNotFound, get_article

    db = datasette.get_database()

    def read(conn):
        try:
            return get_article(Database(conn), key)
        except ArticleNotFound:
            return None

    record = await db.execute_fn(read)
    if record is None:
        raise NotFound(f"no article with id or URL {key!r}")
    context = {
        "article": record,
        "cover_images": images_above_body(record),
        "database": db.name,
        "row_url": datasette.urls.row(db.name, "articles", str(record["id"])),
        "blocks_url": datasette.urls.table(db.name, "blocks") + f"?article_id={record['id']}",
        "quotes_url": datasette.urls.table(db.name, "quotes") + f"?article_id={record['id']}",
        "images_url": datasette.urls.table(db.name, "images") + f"?article_id={record['id']}",
    }
    return Response.html(await datasette.render_template("article.html", context, request=request))
