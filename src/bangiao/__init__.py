"""bangiao: who met whom, when and where, in Vietnamese news on Vietnam's foreign relations."""
__version__ = "0.1.0"
