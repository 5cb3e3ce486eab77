"""Evaluation: eval sets, metrics, reports and configuration comparisons."""
