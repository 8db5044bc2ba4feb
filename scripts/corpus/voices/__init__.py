"""Greetings, sign-offs, senders and family builders shared by the families of one prefix
(br-*, b2-*, b3-*, b5-*, ctx-*, tr-*, plain-*), whatever their kind of mail."""
