"""Job offers. Kind ``offer``; written to data/offers.jsonl."""
