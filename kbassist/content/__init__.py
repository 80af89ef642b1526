"""A content folder loaded and validated: articles, reply templates, settings, synonyms."""

from kbassist.content.articles import Article, load_article
from kbassist.content.folder import ARTICLES_DIR, FACILITIES_DIR, REPLIES_DIR, Content, load_content
from kbassist.content.markdown_html import article_html
from kbassist.content.replies import FieldSpec, ReplyTemplate, load_reply
from kbassist.content.settings import SETTINGS_FILE, ContentSettings, load_settings
from kbassist.content.synonyms import SYNONYMS_FILE, load_synonyms

__all__ = [
    "ARTICLES_DIR",
    "FACILITIES_DIR",
    "REPLIES_DIR",
    "SETTINGS_FILE",
    "SYNONYMS_FILE",
    "Article",
    "Content",
    "ContentSettings",
    "FieldSpec",
    "ReplyTemplate",
    "article_html",
    "load_article",
    "load_content",
    "load_reply",
    "load_settings",
    "load_synonyms",
]
