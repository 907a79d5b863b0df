"""An independent generator of marked and scanned ballots, for evaluating KiemPhieu's reader.

Written apart from the project's simulator (src/simulator) and from the reader (ocr/): its own
typesetting, pen, stamp, photocopier and scanner models, in Python with OpenCV, PIL and NumPy.
"""
