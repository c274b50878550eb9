// SPDX-License-Identifier: GPL-3.0-or-later
// Runs Apple's reference parser (data/PasswordRulesParser.js, MIT) over rule strings and prints,
// for each, whether it logged an error and the canonical rules as character sets, for tst_rules
// to compare with the C++ parser. Input on stdin: a JSON array of strings. Output: a JSON array
// of {errors, required: [set], allowed: set, maxConsecutive, minLength, maxLength}, each set a
// string of the printable ASCII characters in it.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

let errors = [];
console.error = (...args) => errors.push(args.join(" "));
vm.runInThisContext(fs.readFileSync(path.join(__dirname, "data", "PasswordRulesParser.js"), "utf8"));

function range(from, to) {
    let s = "";
    for (let c = from.codePointAt(0); c <= to.codePointAt(0); ++c)
        s += String.fromCodePoint(c);
    return s;
}
const named = {
    "upper": range("A", "Z"),
    "lower": range("a", "z"),
    "digit": range("0", "9"),
    "special": range(" ", "/") + range(":", "@") + range("[", "`") + range("{", "~"),
    "ascii-printable": range(" ", "~"),
    "unicode": range(" ", "~"), // Passforge's reading of unicode
};
function toSet(values) {
    const chars = new Set();
    for (const v of values) {
        const text = v instanceof CustomCharacterClass ? v.characters.join("") : named[v.name];
        for (const c of text) chars.add(c);
    }
    return [...chars].sort().join("");
}

const inputs = JSON.parse(fs.readFileSync(0, "utf8"));
const results = inputs.map((input) => {
    errors = [];
    const rules = parsePasswordRules(input, false);
    const result = { errors: errors.slice(), required: [], allowed: "", maxConsecutive: 0,
                     minLength: 0, maxLength: 0 };
    for (const rule of rules) {
        if (rule.name === "required") result.required.push(toSet(rule.value));
        else if (rule.name === "allowed") result.allowed = toSet(rule.value);
        else if (rule.name === "max-consecutive") result.maxConsecutive = rule.value;
        else if (rule.name === "minlength") result.minLength = rule.value;
        else if (rule.name === "maxlength") result.maxLength = rule.value;
    }
    return result;
});
process.stdout.write(JSON.stringify(results));
