"""Platform concerns that belong to no content app: page cache invalidation, login lockout page, retention."""
