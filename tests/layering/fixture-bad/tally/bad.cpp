// Deliberately breaks the layering rules: check_layers.cmake must reject this tree.
#include <QString>
#include <iostream>
double share = 0.5;
