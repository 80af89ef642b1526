"""The reply composer: template picker, field form, editor, drafts and ways to send."""
