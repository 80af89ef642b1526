"""Tests of the usage log: scrubbing, the stores, recording, insights and the team database."""
