// SPDX-License-Identifier: GPL-3.0-or-later
// The one source of each precompiled-header holder in tests/CMakeLists.txt: the target exists to
// compile the tests' shared headers once, and needs a file to compile them for.
