class RequestError(Exception):
    """An action the rules forbid; `code` tells API clients why (409 with this message)."""

    def __init__(self, message: str, code: str = "conflict"):
        super().__init__(message)
        self.code = code
