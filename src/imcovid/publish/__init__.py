"""Publishing: validated records → the Hugging Face-style dataset folder (Parquet per config, card, metadata)."""
