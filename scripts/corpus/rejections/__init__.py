"""Job rejections: the employer (or its agency, portal or job board) turning the reader down.
Kind ``rejection``; written to data/rejections.jsonl."""
