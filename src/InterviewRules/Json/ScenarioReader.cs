using System;
using System.Collections.Generic;
using System.Text.Json;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Policies;

namespace InterviewRules.Json;

/// <summary>Reads the scenario contract strictly, fact by fact from the table of <see cref="Facts"/>, reporting every problem of a document at once.</summary>
internal static class ScenarioReader
{
    /// <summary>The most problems a list of scenarios reports one by one.</summary>
    public const int MaxErrors = 100;

    internal static readonly string[] RootProperties = Properties(null);
    internal static readonly Dictionary<string, string[]> ObjectProperties = Objects();

    // What an object must be: its required fields, then those that may be left out. A missing object names only the
    // required ones, so no sentence calls an optional field required.
    private static readonly Dictionary<string, (string Expected, string WhenMissing)> ObjectExpected = ObjectDescriptions();

    public static InterviewScenario? Read(ReadOnlyMemory<byte> utf8, List<InputError> errors)
    {
        using var document = JsonInput.Parse(utf8, "scenario", errors);
        if (document is null)
        {
            return null;
        }

        return Read(document.RootElement, string.Empty, errors);
    }

    /// <summary>Reads a JSON array of scenarios; every problem of every element is reported with its index (<c>$[3].candidate…</c>).</summary>
    public static InterviewScenario[]? ReadMany(ReadOnlyMemory<byte> utf8, List<InputError> errors)
    {
        using var document = JsonInput.Parse(utf8, "list of scenarios", errors);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new InputError("$", $"The list of scenarios is {JsonObjectReader.Describe(root)}; it must be a JSON array of scenario objects."));
            return null;
        }

        // A megabyte of "{}" elements holds hundreds of thousands of problems: the first MaxErrors are kept, the rest
        // only counted, each element's in a list used again, so memory stays bounded.
        var scenarios = new InterviewScenario[root.GetArrayLength()];
        long more = 0;
        List<InputError>? scratch = null;
        var i = 0;
        foreach (var element in root.EnumerateArray())
        {
            var sink = errors.Count < MaxErrors ? errors : (scratch ??= []);
            var scenario = Read(element, $"[{i}]", sink);
            if (scenario is not null)
            {
                scenarios[i] = scenario;
            }

            if (ReferenceEquals(sink, scratch))
            {
                more += scratch.Count;
                scratch.Clear();
            }

            i++;
        }

        if (errors.Count > MaxErrors)
        {
            more += errors.Count - MaxErrors;
            errors.RemoveRange(MaxErrors, errors.Count - MaxErrors);
        }

        if (more > 0)
        {
            errors.Add(InputError.More(more, $"… and {more} more problems in the list of scenarios (the first {MaxErrors} are shown)."));
        }

        return errors.Count == 0 ? scenarios : null;
    }

    private static InterviewScenario? Read(JsonElement root, string field, List<InputError> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            var what = field.Length == 0 ? "The scenario" : field;
            errors.Add(new InputError(JsonObjectReader.Path(field), $"{what} is {JsonObjectReader.Describe(root)}; it must be a JSON object with {string.Join(", ", RootProperties)}."));
            return null;
        }

        var before = errors.Count;
        var reader = new JsonObjectReader(root, field, RootProperties, errors);
        var values = new FactValue[Facts.All.Count];
        string? parent = null;
        JsonObjectReader? inner = null;
        foreach (var fact in Facts.All)
        {
            if (!fact.InDocument)
            {
                continue;
            }

            if (fact.Parent is not null && !string.Equals(fact.Parent, parent, StringComparison.Ordinal))
            {
                // The first fact of an object: read the object (a missing or wrong one is reported once).
                parent = fact.Parent;
                var properties = ObjectProperties[parent];
                var (expected, whenMissing) = ObjectExpected[parent];
                var element = reader.Object(parent, expected, required: IsRequired(parent), whenMissing);
                inner = element is null ? null : new JsonObjectReader(element.Value, reader.Child(parent), properties, errors);
            }

            var from = fact.Parent is null ? reader : inner;
            values[fact.Index] = (from is null ? null : Read(from, fact, errors)) ?? fact.Default;
        }

        // With the other problems, not only when it is the last one left (a list that was wrong reads as empty).
        Facts.CheckRumours(errors, values[Facts.RedFlags.Index].Items, values[Facts.Rumours.Index].Items);

        return errors.Count > before ? null : Facts.Create(values);
    }

    /// <summary>Reads one fact's property: <see langword="null"/> when it is absent, or wrong (then reported).</summary>
    private static FactValue? Read(JsonObjectReader reader, FactDefinition fact, List<InputError> errors)
    {
        switch (fact.Type)
        {
            case FactType.Number:
                return reader.Number(fact.Name, fact.Limits!, fact.Required) is { } number ? FactValue.FromNumber(number) : null;
            case FactType.Boolean:
                return reader.Boolean(fact.Name, fact.Required) is { } flag ? FactValue.FromBoolean(flag) : null;
            case FactType.Text when fact.AllowedValues.Count > 0:
                return reader.Name(fact.Name, fact.AllowedValues, fact.Required) is { } index ? FactValue.FromText(fact.AllowedValues[index]) : null;
            case FactType.Text:
                var text = reader.String(fact.Name, $"a text of at most {fact.MaxLength} characters", fact.Required);
                fact.Check(errors, text, reader.Child(fact.Name));
                return text is null ? null : FactValue.FromText(text);
            default:
                return reader.NameList(fact.Name, fact.AllowedValues) is { } indices ? FactValue.FromList(Array.ConvertAll(indices, i => fact.AllowedValues[i])) : null;
        }
    }

    /// <summary>Lists the properties of the document's root (<paramref name="parent"/> <see langword="null"/>) or of one of its objects, in contract order.</summary>
    private static string[] Properties(string? parent)
    {
        var names = new List<string>();
        foreach (var fact in Facts.All)
        {
            if (!fact.InDocument)
            {
                continue;
            }

            var name = parent is null ? fact.Parent ?? fact.Name : string.Equals(fact.Parent, parent, StringComparison.Ordinal) ? fact.Name : null;
            if (name is not null && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return [.. names];
    }

    private static Dictionary<string, string[]> Objects()
    {
        var objects = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var fact in Facts.All)
        {
            if (fact.InDocument && fact.Parent is { } parent && !objects.ContainsKey(parent))
            {
                objects.Add(parent, Properties(parent));
            }
        }

        return objects;
    }

    private static Dictionary<string, (string, string)> ObjectDescriptions()
    {
        var descriptions = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var parent in ObjectProperties.Keys)
        {
            var required = new List<string>();
            var optional = new List<string>();
            foreach (var fact in Facts.All)
            {
                if (fact.InDocument && string.Equals(fact.Parent, parent, StringComparison.Ordinal))
                {
                    (fact.Required ? required : optional).Add(fact.Name);
                }
            }

            var whenMissing = required.Count == 0 ? "an object" : "an object with " + Listed(required);
            var expected = optional.Count == 0 ? whenMissing
                : required.Count == 0 ? $"an object ({Listed(optional)} may be left out)"
                : $"{whenMissing} ({Listed(optional)} may be left out)";
            descriptions.Add(parent, (expected, whenMissing));
        }

        return descriptions;
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    private static string Listed(List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[^1];

    /// <summary>An object is required when one of its facts is.</summary>
    private static bool IsRequired(string parent)
    {
        foreach (var fact in Facts.All)
        {
            if (fact.InDocument && fact.Required && string.Equals(fact.Parent, parent, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
