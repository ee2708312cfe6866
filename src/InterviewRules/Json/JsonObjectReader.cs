using System;
using System.Collections.Generic;
using System.Text.Json;
using InterviewRules.Article;

namespace InterviewRules.Json;

/// <summary>
/// Reads the properties of one JSON object strictly, collecting every problem: unknown and duplicate properties,
/// missing required ones, nulls and wrong types. Shared by the scenario reader and, later, the policy reader.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.Ordinal);
    private readonly List<InputError> _errors;
    private readonly string _field;

    public JsonObjectReader(JsonElement element, string field, IReadOnlyList<string> known, List<InputError> errors)
    {
        _errors = errors;
        _field = field;
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            var child = Child(name);
            if (ContractNames.IndexOf(known, name) < 0)
            {
                // An unknown name is echoed cut, as values are: a megabyte of name is not written back twice.
                child = Child(Cut(name));
                errors.Add(new InputError(Path(child), $"{child} is not a known property; the allowed properties{(field.Length == 0 ? string.Empty : " of " + field)} are {string.Join(", ", known)}."));
            }
            else if (!_properties.TryAdd(name, property.Value))
            {
                errors.Add(new InputError(Path(child), $"{child} appears more than once; each property may appear only once."));
            }
        }
    }

    public static string Path(string field) => InputError.PathOf(field);

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string {Quote(value.GetString())}",
        JsonValueKind.Number => Number(value.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    public static string Quote(string? text) =>
        text is null ? "null" : text.Length > InputError.MaxEchoLength ? $"\"{Cut(text)}\" ({text.Length} characters)" : $"\"{text}\"";

    /// <summary>A number literal as a sentence shows it: cut, with its length, when it is longer than the echo cap.</summary>
    public static string Number(string raw) =>
        raw.Length > InputError.MaxEchoLength ? $"{Cut(raw)} (a number written with {raw.Length} characters)" : raw;

    /// <summary>Cuts a text to <see cref="InputError.MaxEchoLength"/> characters and an ellipsis (<see cref="InputError.Echo"/>).</summary>
    public static string Cut(string text) => InputError.Echo(text);

    public string Child(string name) => _field.Length == 0 ? name : _field + "." + name;

    /// <summary>Gets a property's value; reports it when required and missing (as <paramref name="whenMissing"/>, else <paramref name="expected"/>), or when null.</summary>
    public bool TryGet(string name, string expected, bool required, out JsonElement value, string? whenMissing = null)
    {
        var field = Child(name);
        if (!_properties.TryGetValue(name, out value))
        {
            if (required)
            {
                _errors.Add(new InputError(Path(field), $"{field} is missing; it is required: {whenMissing ?? expected}."));
            }

            return false;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            _errors.Add(new InputError(Path(field), required
                ? $"{field} is null; it must be {expected}."
                : $"{field} is null; it must be {expected}, or be left out."));
            return false;
        }

        return true;
    }

    public JsonElement? Object(string name, string expected, bool required, string? whenMissing = null)
    {
        if (!TryGet(name, expected, required, out var value, whenMissing))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            WrongType(name, value, expected);
            return null;
        }

        return value;
    }

    public double? Number(string name, ScenarioContract.NumberSpec spec, bool required)
    {
        var expected = (spec.Integer ? string.Empty : "a number ") + spec.Allowed;
        if (!TryGet(name, expected, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            WrongType(name, value, expected);
            return null;
        }

        var field = Child(name);
        if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            _errors.Add(new InputError(Path(field), $"{field} is {Number(value.GetRawText())}, which is not a finite number; it must be {expected}."));
            return null;
        }

        // Nothing is coerced silently: a literal that only rounds to 0, or to a whole number, is not that number.
        var raw = value.GetRawText();
        var (whole, zero) = Literal(raw);
        if (number == 0 && !zero)
        {
            _errors.Add(new InputError(Path(field), $"{field} is {Shown(raw)}, which is too small to tell from 0; it must be {expected}."));
            return null;
        }

        if (spec.Integer && !whole && Math.Floor(number) == number)
        {
            // The literal only rounds to a whole number; others get the range check's own sentence below.
            _errors.Add(new InputError(Path(field), $"{field} is {Shown(raw)}; it must be {spec.Allowed}."));
            return null;
        }

        var before = _errors.Count;
        ScenarioContract.CheckNumber(_errors, spec, number, field);
        return _errors.Count == before ? number : null;
    }

    /// <summary>
    /// Reads a JSON number literal exactly, as decimal digits and an exponent: whether its value is a whole number
    /// (<c>1</c>, <c>1.0</c>, <c>1e0</c>, <c>1.5e1</c>; not <c>1.0000000000000000000001</c>) and whether it is 0.
    /// </summary>
    internal static (bool Whole, bool Zero) Literal(string raw)
    {
        var at = raw.StartsWith('-') ? 1 : 0;
        var mark = raw.IndexOfAny(['e', 'E']);
        var mantissa = mark < 0 ? raw[at..] : raw[at..mark];
        long exponent = 0;
        if (mark >= 0 && !long.TryParse(raw.AsSpan(mark + 1), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out exponent))
        {
            // More exponent digits than a long holds: only the sign matters.
            exponent = raw[mark + 1] == '-' ? long.MinValue / 2 : long.MaxValue / 2;
        }

        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, point), mantissa.AsSpan(point + 1));
        var scale = exponent - (point < 0 ? 0 : mantissa.Length - point - 1);
        var significant = digits.TrimEnd('0');
        if (significant.TrimStart('0').Length == 0)
        {
            return (true, true);
        }

        // Trailing zeros of the digits move the scale up; the value is whole when no digit is left below the point.
        return (scale + (digits.Length - significant.Length) >= 0, false);
    }

    private static string Shown(string raw) => raw.Length > InputError.MaxEchoLength ? $"a number written with {raw.Length} characters" : raw;

    public bool? Boolean(string name, bool required)
    {
        const string Expected = "true or false";
        if (!TryGet(name, Expected, required, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            WrongType(name, value, Expected);
            return null;
        }

        return value.GetBoolean();
    }

    public string? String(string name, string expected, bool required)
    {
        if (!TryGet(name, expected, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(name, value, expected);
            return null;
        }

        return value.GetString();
    }

    public int? Name(string name, IReadOnlyList<string> names, bool required)
    {
        var expected = "one of " + string.Join(", ", names);
        var text = String(name, expected, required);
        if (text is null)
        {
            return null;
        }

        return NameIndex(_errors, Child(name), text, names);
    }

    public static int? NameIndex(List<InputError> errors, string field, string text, IReadOnlyList<string> names)
    {
        var index = ContractNames.IndexOf(names, text);
        if (index < 0)
        {
            var hint = string.Empty;
            foreach (var candidate in names)
            {
                if (string.Equals(candidate, text, StringComparison.OrdinalIgnoreCase))
                {
                    hint = $" (names are case-sensitive: did you mean \"{candidate}\"?)";
                }
            }

            if (hint.Length == 0 && NearestName.Find(text, names) is { } near)
            {
                hint = $" (did you mean \"{near}\"?)";
            }

            errors.Add(new InputError(Path(field), $"{field} is {Quote(text)}; it must be one of {string.Join(", ", names)}{hint}."));
            return null;
        }

        return index;
    }

    /// <summary>Reads an array of distinct names; an absent array is empty.</summary>
    public int[]? NameList(string name, IReadOnlyList<string> names)
    {
        var expected = $"an array of distinct values from {string.Join(", ", names)}";
        if (!TryGet(name, expected, required: false, out var value))
        {
            return _properties.ContainsKey(name) ? null : [];
        }

        var field = Child(name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(name, value, expected);
            return null;
        }

        var length = value.GetArrayLength();
        if (length > names.Count)
        {
            _errors.Add(new InputError(Path(field), $"{field} has {length} items; it may list each of its {names.Count} values at most once ({string.Join(", ", names)})."));
            return null;
        }

        var result = new List<int>(length);
        var ok = true;
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemField = $"{field}[{i++}]";
            if (item.ValueKind != JsonValueKind.String)
            {
                _errors.Add(new InputError(Path(itemField), $"{itemField} is {Describe(item)}; it must be one of {string.Join(", ", names)}."));
                ok = false;
                continue;
            }

            var index = NameIndex(_errors, itemField, item.GetString()!, names);
            if (index is null)
            {
                ok = false;
            }
            else if (result.Contains(index.Value))
            {
                _errors.Add(new InputError(Path(itemField), $"{itemField} is \"{names[index.Value]}\", which is already listed; each value may appear only once."));
                ok = false;
            }
            else
            {
                result.Add(index.Value);
            }
        }

        return ok ? [.. result] : null;
    }

    private void WrongType(string name, JsonElement value, string expected)
    {
        var field = Child(name);
        _errors.Add(new InputError(Path(field), $"{field} is {Describe(value)}; it must be {expected}."));
    }
}
