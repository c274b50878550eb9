// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/PasswordRules.h"

#include <QString>

// Password rules in words, for the window and the CLI alike: one wording of every parse error and
// of what a policy asks for.
namespace passforge::i18n {

// "unknown class 'purple' at position 10"
QString rulesError(const PasswordRules::Error &error);

// "8–16 characters, at least one digit, no more than 2 identical in a row"
QString describeRules(const PasswordRules &rules);

// A set in words, for "at least one …" (singular: "uppercase letter or digit") or for "only …"
// (plural: "lowercase letters, digits and !#$").
QString describeSet(const AsciiSet &set, bool plural);

} // namespace passforge::i18n
