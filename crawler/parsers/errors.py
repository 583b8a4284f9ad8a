"""The one exception the parser raises: the page is not an article, with a short human reason."""


class NotAnArticle(Exception):
    """Raised when a page cannot become an article.

    `reason` is short and human-readable ("no body text", "not html (image/png)",
    "page too large") and ends up in the `rejects` table.
    """

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
