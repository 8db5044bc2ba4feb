"""Application-received confirmations, many with rejection-like procedural words.
Kind ``application_received``; written to data/application_received.jsonl."""
