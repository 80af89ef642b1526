"""KB Assist: knowledge-base search and reply assistant for customer-service teams."""
