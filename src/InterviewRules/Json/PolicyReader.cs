using System;
using System.Collections.Generic;
using System.Text.Json;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Policies;

namespace InterviewRules.Json;

/// <summary>
/// Reads the policy contract (docs/policies.md) strictly, reporting every problem of a document at once. A policy with any
/// problem is never returned, so it can never be half-applied.
/// </summary>
internal static class PolicyReader
{
    private static readonly string[] RootProperties = ["name", "version", "basedOn", "threshold", "aggregation", "rules", "customRules"];
    private static readonly string[] CustomRuleProperties = ["id", "kind", "effect", "weight", "veto", "title", "explanation", "source", "when"];
    private static readonly string[] LeafProperties = ["fact", "op", "value"];
    private const int MaxCustomRules = 100;
    private const int MaxText = 2000;
    private const int MaxLabel = 100;

    public static InterviewPolicy? Read(ReadOnlyMemory<byte> utf8, List<InputError> errors)
    {
        using var document = JsonInput.Parse(utf8, "policy", errors, maxDepth: 4 * Condition.MaxDepth);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError("$", $"The policy is {JsonObjectReader.Describe(root)}; it must be a JSON object with {string.Join(", ", RootProperties)}."));
            return null;
        }

        var reader = new JsonObjectReader(root, string.Empty, RootProperties, errors);
        var name = Text(reader, "name", MaxLabel, errors);
        var version = Text(reader, "version", MaxLabel, errors);
        var basedOn = reader.String("basedOn", $"\"{InterviewPolicy.ArticleDefaultName}\"", required: false);
        if (basedOn is not null && basedOn != InterviewPolicy.ArticleDefaultName)
        {
            errors.Add(new InputError("$.basedOn", $"basedOn is {JsonObjectReader.Quote(basedOn)}; the only policy to build on is \"{InterviewPolicy.ArticleDefaultName}\"."));
        }

        var threshold = reader.Number("threshold", new ScenarioContract.NumberSpec("threshold", -1000, 1000, MinExclusive: false, Integer: false), required: false);
        var aggregation = reader.String("aggregation", "one of " + string.Join(", ", Engine.Aggregators.Names), required: false);
        Engine.IAggregator? aggregator = null;
        if (aggregation is not null && !Engine.Aggregators.TryGet(aggregation, out aggregator))
        {
            errors.Add(new InputError("$.aggregation", $"aggregation is {JsonObjectReader.Quote(aggregation)}; it must be one of {string.Join(", ", Engine.Aggregators.Names)}."));
        }

        var policy = InterviewPolicy.ArticleDefault;
        policy = ReadRules(reader.Object("rules", "an object keyed by rule id", required: false), policy, errors);
        var customs = ReadCustomRules(reader, errors);
        if (errors.Count > 0 || name is null || version is null || policy is null || customs is null)
        {
            return null;
        }

        policy = policy.WithIdentity(name, version).WithThreshold(threshold ?? 0).WithAggregation((aggregator ?? Engine.Aggregators.WeightedSumWithVeto).Name);
        foreach (var custom in customs)
        {
            policy = policy.WithCustomRule(custom);
        }

        return policy;
    }

    private static InterviewPolicy? ReadRules(JsonElement? rules, InterviewPolicy policy, List<InputError> errors)
    {
        if (rules is null)
        {
            return policy;
        }

        var ok = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in rules.Value.EnumerateObject())
        {
            var field = $"rules.{JsonObjectReader.Cut(property.Name)}";
            var definition = ArticleRules.Find(property.Name);
            if (definition is null)
            {
                errors.Add(new InputError("$." + field, $"{field} names no rule of the article; the rules are {ArticleRules.IdList()}."));
                ok = false;
                continue;
            }

            if (!seen.Add(property.Name))
            {
                errors.Add(new InputError("$." + field, $"{field} appears more than once; each property may appear only once."));
                ok = false;
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new InputError("$." + field, $"{field} is {JsonObjectReader.Describe(property.Value)}; it must be an object with enabled and the rule's parameters ({definition.ParameterNames()})."));
                ok = false;
                continue;
            }

            var known = new List<string> { "enabled" };
            foreach (var parameter in definition.Parameters)
            {
                known.Add(parameter.Name);
            }

            var reader = new JsonObjectReader(property.Value, field, known, errors);
            var enabled = reader.Boolean("enabled", required: false);
            if (enabled is not null)
            {
                policy = policy.WithRuleEnabled(definition.Id, enabled.Value);
            }

            foreach (var parameter in definition.Parameters)
            {
                var spec = new ScenarioContract.NumberSpec($"{field}.{parameter.Name}", parameter.Minimum, parameter.Maximum, MinExclusive: false, Integer: false);
                var value = reader.Number(parameter.Name, spec, required: false);
                if (value is not null)
                {
                    policy = policy.WithRuleParameter(definition.Id, parameter.Name, value.Value);
                }
            }
        }

        return ok ? policy : null;
    }

    private static List<CustomRuleDefinition>? ReadCustomRules(JsonObjectReader reader, List<InputError> errors)
    {
        if (!reader.TryGet("customRules", "an array of custom rules", required: false, out var array))
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new InputError("$.customRules", $"customRules is {JsonObjectReader.Describe(array)}; it must be an array of custom rules."));
            return null;
        }

        if (array.GetArrayLength() > MaxCustomRules)
        {
            errors.Add(new InputError("$.customRules", $"customRules has {array.GetArrayLength()} rules; a policy may add at most {MaxCustomRules}."));
            return null;
        }

        var rules = new List<CustomRuleDefinition>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var rule = ReadCustomRule(element, $"customRules[{index++}]", ids, errors);
            ok &= rule is not null;
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return ok ? rules : null;
    }

    private static CustomRuleDefinition? ReadCustomRule(JsonElement element, string field, HashSet<string> ids, List<InputError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError("$." + field, $"{field} is {JsonObjectReader.Describe(element)}; it must be an object with {string.Join(", ", CustomRuleProperties)}."));
            return null;
        }

        var before = errors.Count;
        var reader = new JsonObjectReader(element, field, CustomRuleProperties, errors);
        var id = reader.String("id", "a kebab-case rule id", required: true);
        if (id is not null)
        {
            if (!Engine.RuleDescriptor.IsValidId(id))
            {
                errors.Add(new InputError($"$.{field}.id", $"{field}.id is {JsonObjectReader.Quote(id)}; it must be kebab-case (lowercase letters and digits in groups joined by single hyphens), at most 64 characters."));
            }
            else if (ArticleRules.Find(id) is not null)
            {
                errors.Add(new InputError($"$.{field}.id", $"{field}.id is \"{id}\", which is one of the article's rules; a custom rule needs an id of its own."));
            }
            else if (!ids.Add(id))
            {
                errors.Add(new InputError($"$.{field}.id", $"{field}.id is \"{id}\", which another custom rule already uses; ids must be unique."));
            }
        }

        var kind = reader.Name("kind", ContractNames.Kinds, required: true);
        var effect = reader.Name("effect", ContractNames.Effects, required: true);
        var weight = reader.Number("weight", new ScenarioContract.NumberSpec($"{field}.weight", 0, CustomRuleDefinition.MaxWeight, MinExclusive: false, Integer: false), required: true);
        var veto = reader.Boolean("veto", required: false);
        var title = Text(reader, "title", MaxText, errors);
        var explanation = Text(reader, "explanation", MaxText, errors);
        var source = Text(reader, "source", MaxText, errors);
        if (explanation is not null && CustomRuleDefinition.UnknownPlaceholder(explanation) is { } unknown)
        {
            errors.Add(new InputError($"$.{field}.explanation", $"{field}.explanation names the placeholder {{{JsonObjectReader.Cut(unknown)}}}, which is not a fact; the facts are {FactDefinition.Paths()}."));
        }

        var when = reader.Object("when", "a condition: an object with all, any, not, or fact/op/value", required: true) is { } w
            ? ReadCondition(w, $"{field}.when", 1, new int[1], errors)
            : null;
        if (errors.Count > before || id is null || kind is null || effect is null || weight is null || title is null || explanation is null || source is null || when is null)
        {
            return null;
        }

        return new CustomRuleDefinition(id, (FindingKind)kind.Value, (FindingEffect)effect.Value, weight.Value, veto ?? false, title, explanation, source, when);
    }

    private static string? Text(JsonObjectReader reader, string name, int maxLength, List<InputError> errors)
    {
        var value = reader.String(name, $"a non-blank text of at most {maxLength} characters", required: true);
        if (value is not null && (string.IsNullOrWhiteSpace(value) || value.Length > maxLength))
        {
            var field = reader.Child(name);
            errors.Add(new InputError(JsonObjectReader.Path(field), $"{field} is {JsonObjectReader.Quote(value)}; it must be a non-blank text of at most {maxLength} characters."));
            return null;
        }

        return value;
    }

    private static Condition? ReadCondition(JsonElement element, string field, int depth, int[] nodes, List<InputError> errors)
    {
        if (++nodes[0] > Condition.MaxNodes)
        {
            if (nodes[0] == Condition.MaxNodes + 1)
            {
                errors.Add(new InputError("$." + field, $"{field} makes the condition tree larger than {Condition.MaxNodes} nodes; split the rule."));
            }

            return null;
        }

        if (depth > Condition.MaxDepth)
        {
            errors.Add(new InputError("$." + field, $"{field} is nested {depth} levels deep; a condition may nest at most {Condition.MaxDepth} levels."));
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError("$." + field, $"{field} is {JsonObjectReader.Describe(element)}; it must be a condition object (all, any, not, or fact/op/value)."));
            return null;
        }

        var names = new List<string>();
        foreach (var property in element.EnumerateObject())
        {
            names.Add(property.Name);
        }

        if (names.Count == 1 && names[0] is "all" or "any")
        {
            var group = element.GetProperty(names[0]);
            var groupField = $"{field}.{names[0]}";
            if (group.ValueKind != JsonValueKind.Array || group.GetArrayLength() == 0)
            {
                errors.Add(new InputError("$." + groupField, $"{groupField} is {JsonObjectReader.Describe(group)}; it must be a non-empty array of conditions."));
                return null;
            }

            var parts = new List<Condition>();
            var ok = true;
            var i = 0;
            foreach (var item in group.EnumerateArray())
            {
                var part = ReadCondition(item, $"{groupField}[{i++}]", depth + 1, nodes, errors);
                ok &= part is not null;
                if (part is not null)
                {
                    parts.Add(part);
                }
            }

            return !ok ? null : names[0] == "all" ? Condition.All([.. parts]) : Condition.Any([.. parts]);
        }

        if (names.Count == 1 && names[0] == "not")
        {
            var part = ReadCondition(element.GetProperty("not"), field + ".not", depth + 1, nodes, errors);
            return part is null ? null : Condition.Not(part);
        }

        if (names.Contains("all") || names.Contains("any") || names.Contains("not"))
        {
            errors.Add(new InputError("$." + field, $"{field} mixes {string.Join(", ", names)}; a condition is exactly one of all, any, not, or a leaf with fact, op and value."));
            return null;
        }

        return ReadLeaf(element, field, errors);
    }

    private static Condition? ReadLeaf(JsonElement element, string field, List<InputError> errors)
    {
        var before = errors.Count;
        var reader = new JsonObjectReader(element, field, LeafProperties, errors);
        var path = reader.String("fact", "a fact path such as candidate.yearsOfExperience", required: true);
        var fact = path is null ? null : FactDefinition.Find(path);
        if (path is not null && fact is null)
        {
            errors.Add(new InputError($"$.{field}.fact", $"{field}.fact is {JsonObjectReader.Quote(path)}; it must be one of {FactDefinition.Paths()}."));
        }

        var op = reader.Name("op", ContractNames.Operators, required: true);
        if (!reader.TryGet("value", "the value to compare with", required: true, out var raw) || fact is null || op is null || errors.Count > before)
        {
            return null;
        }

        FactValue value;
        switch (raw.ValueKind)
        {
            case JsonValueKind.Number when raw.TryGetDouble(out var number) && double.IsFinite(number):
                value = FactValue.FromNumber(number);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                value = FactValue.FromBoolean(raw.GetBoolean());
                break;
            case JsonValueKind.String:
                value = FactValue.FromText(raw.GetString());
                break;
            case JsonValueKind.Array:
                var items = new List<string>();
                foreach (var item in raw.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        errors.Add(new InputError($"$.{field}.value", $"{field}.value holds {JsonObjectReader.Describe(item)}; an array value may hold only texts."));
                        return null;
                    }

                    items.Add(item.GetString()!);
                }

                value = FactValue.FromList(items.ToArray());
                break;
            default:
                errors.Add(new InputError($"$.{field}.value", $"{field}.value is {JsonObjectReader.Describe(raw)}; it must be a finite number, true or false, a text, or an array of texts."));
                return null;
        }

        try
        {
            return Condition.Fact(fact.Path, (ConditionOperator)op.Value, value);
        }
        catch (ArgumentException ex)
        {
            var message = ex.Message;

            // The object API's sentence quotes a value whole; a document's error repeats it cut, as every other does.
            IReadOnlyList<string> quoted = value.Kind == FactValueKind.List ? value.Items : value.Text is { } text ? [text] : [];
            foreach (var item in quoted)
            {
                if (item.Length > InputError.MaxEchoLength)
                {
                    message = message.Replace($"\"{item}\"", JsonObjectReader.Quote(item), StringComparison.Ordinal);
                }
            }

            var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            errors.Add(new InputError($"$.{field}", $"{field}: {(cut >= 0 ? message[..cut] : message)}"));
            return null;
        }
    }
}
