using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using InterviewRules.Article;
using InterviewRules.Assessing;

namespace InterviewRules.Json;

/// <summary>
/// Reads the partial scenario (docs/contract.md, "Partial scenario"): the scenario's shape and checks, every field
/// optional and no default applied (left out means unknown), <c>null</c> refused, and each list either a plain array
/// (the complete list) or <c>{ "include": [...], "exclude": [...] }</c> (what is known in and known out).
/// </summary>
internal static class PartialScenarioReader
{
    private static readonly string[] ListProperties = ["include", "exclude"];

    public static PartialScenario? Read(ReadOnlyMemory<byte> utf8, List<InputError> errors)
    {
        using var document = JsonInput.Parse(utf8, "partial scenario", errors);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError("$", $"The partial scenario is {JsonObjectReader.Describe(root)}; it must be a JSON object with any of {string.Join(", ", ScenarioReader.RootProperties)}."));
            return null;
        }

        var before = errors.Count;
        var reader = new JsonObjectReader(root, string.Empty, ScenarioReader.RootProperties, errors);
        var items = PartialScenario.Empty.Items.ToArray();
        var inner = new Dictionary<string, JsonObjectReader?>(StringComparer.Ordinal);
        (int[] Complete, int[] Include, int[] Exclude)?[] lists = new (int[], int[], int[])?[Facts.All.Count];
        foreach (var fact in Facts.All.Where(f => f.InDocument))
        {
            var from = reader;
            if (fact.Parent is { } parent)
            {
                if (!inner.TryGetValue(parent, out from))
                {
                    var properties = ScenarioReader.ObjectProperties[parent];
                    var element = reader.Object(parent, "an object with any of " + string.Join(", ", properties), required: false);
                    inner[parent] = from = element is null ? null : new JsonObjectReader(element.Value, reader.Child(parent), properties, errors);
                }

                if (from is null)
                {
                    continue;
                }
            }

            if (fact.Type == FactType.List)
            {
                lists[fact.Index] = ReadList(from, fact, errors);
            }
            else
            {
                ReadItem(from, fact, items, errors);
            }
        }

        Apply(lists, items, errors);
        return errors.Count > before ? null : PartialScenario.FromItems(items);
    }

    private static void ReadItem(JsonObjectReader reader, FactDefinition fact, ItemState[] items, List<InputError> errors)
    {
        var item = Item.Of(fact)!;
        switch (fact.Type)
        {
            case FactType.Number:
                if (reader.Number(fact.Name, fact.Limits!, required: false) is { } number)
                {
                    items[item.Index] = ItemState.KnownNumber(number == 0 ? 0 : number);
                }

                break;
            case FactType.Boolean:
                if (reader.Boolean(fact.Name, required: false) is { } flag)
                {
                    items[item.Index] = ItemState.Discrete(flag ? 1UL : 2UL);
                }

                break;
            case FactType.Text when fact.AllowedValues.Count > 0:
                if (reader.Name(fact.Name, fact.AllowedValues, required: false) is { } index)
                {
                    items[item.Index] = ItemState.Discrete(1UL << index);
                }

                break;
            default:
                var text = reader.String(fact.Name, $"a text of at most {fact.MaxLength} characters", required: false);
                var count = errors.Count;
                fact.Check(errors, text, reader.Child(fact.Name));
                if (text is not null && errors.Count == count)
                {
                    items[item.Index] = ItemState.KnownText(text);
                }

                break;
        }
    }

    private static (int[] Complete, int[] Include, int[] Exclude)? ReadList(JsonObjectReader reader, FactDefinition fact, List<InputError> errors)
    {
        if (!reader.TryGet(fact.Name, $"an array of distinct values from {string.Join(", ", fact.AllowedValues)}, or an object with include and exclude", required: false, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return reader.NameList(fact.Name, fact.AllowedValues) is { } complete ? (complete, [], []) : null;
        }

        var field = reader.Child(fact.Name);
        var partial = new JsonObjectReader(value, field, ListProperties, errors);
        var include = partial.NameList("include", fact.AllowedValues) ?? [];
        var exclude = partial.NameList("exclude", fact.AllowedValues) ?? [];
        foreach (var name in include.Intersect(exclude))
        {
            errors.Add(new InputError(JsonObjectReader.Path(field), $"{field} names {fact.AllowedValues[name]} in both include and exclude; a name is either known in or known out."));
        }

        return (null!, include, exclude);
    }

    /// <summary>Applies what the lists say to the concern and red-flag items, and reports what contradicts itself.</summary>
    private static void Apply((int[] Complete, int[] Include, int[] Exclude)?[] lists, ItemState[] items, List<InputError> errors)
    {
        if (lists[Facts.Concerns.Index] is var (concerns, inConcerns, outConcerns))
        {
            for (var i = 0; i < Facts.ConcernNames.Count; i++)
            {
                bool? has = concerns is not null ? concerns.Contains(i) : inConcerns.Contains(i) ? true : outConcerns.Contains(i) ? false : null;
                if (has is { } known)
                {
                    items[Item.Concern(i).Index] = ItemState.Discrete(known ? 1UL : 2UL);
                }
            }
        }

        foreach (var (list, state) in new[] { (Facts.RedFlags, FlagState.RedFlag), (Facts.Rumours, FlagState.Rumour) })
        {
            if (lists[list.Index] is not var (complete, include, exclude))
            {
                continue;
            }

            var bit = 1UL << (int)state;
            for (var i = 0; i < Facts.RedFlagNames.Count; i++)
            {
                var index = Item.Flag(i).Index;
                var mask = items[index].Mask;
                var named = complete is not null ? complete.Contains(i) : include.Contains(i);
                var ruledOut = complete is not null ? !complete.Contains(i) : exclude.Contains(i);
                var next = named ? mask & bit : ruledOut ? mask & ~bit : mask;
                if (next == 0)
                {
                    var name = Facts.RedFlagNames[i];
                    errors.Add(new InputError("$." + list.Path, $"{list.Path} says {name} is {(named ? "known" : "ruled out")}, which contradicts what {Facts.RedFlags.Path} and {Facts.Rumours.Path} say of it together; a red flag is either known in detail ({Facts.RedFlags.Path}) or only heard of ({Facts.Rumours.Path}), not both."));
                    continue;
                }

                items[index] = ItemState.Discrete(next);
            }
        }
    }
}
