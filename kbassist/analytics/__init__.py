"""The usage log: what agents search, open and send, scrubbed of personal data; what it shows."""
