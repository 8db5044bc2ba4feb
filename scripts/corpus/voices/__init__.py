"""Greetings, sign-offs, senders and family builders shared by the families of one prefix,
whatever their kind of mail; each module is named for what it holds and its docstring names
the family prefix it serves (the prefixes, e.g. b2-*, stay in the family names: the CV groups)."""
