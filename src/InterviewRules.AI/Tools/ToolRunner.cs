using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InterviewRules.Localization;
using InterviewRules.Rendering;

namespace InterviewRules.Tools;

/// <summary>
/// Checks a call's arguments and runs the tool through the library's public entry points: the same readers, writers
/// and renderers as the <c>interview-rules</c> program, so a tool's answer equals the program's.
/// </summary>
internal static class ToolRunner
{
    private const int MaxErrorLines = 20;

    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        NewLine = "\n",
        // The same escaping as the library's JSON: '§', '+', quotes and accents stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static InterviewToolResult Run(ToolKind kind, ToolContext context, JsonElement arguments, List<string> errors)
    {
        var definition = ToolDefinition.For(kind);
        CheckNames(definition, arguments, errors);
        var culture = ReadLanguage(arguments, context.DefaultCulture, errors);
        switch (kind)
        {
            case ToolKind.Evaluate:
            case ToolKind.WhatWouldChangeIt:
                var withCounterfactuals = kind == ToolKind.WhatWouldChangeIt || ReadBoolean(arguments, "counterfactuals", errors);
                var scenario = Read(arguments, "scenario", errors, static bytes => (InterviewJson.TryReadScenario(bytes, out var read, out var problems), read, problems));
                if (scenario is null || errors.Count > 0)
                {
                    if (scenario is null && OnlyFactsMissing(arguments))
                    {
                        errors.Add(ToolTexts.MissingFactsPointer);
                    }

                    return Error(errors);
                }

                var recommendation = context.Advisor.Recommend(scenario);
                var counterfactuals = withCounterfactuals ? context.Advisor.Counterfactuals(scenario) : null;
                using (var written = JsonDocument.Parse(InterviewJson.Write(recommendation, counterfactuals, culture)))
                {
                    if (kind == ToolKind.Evaluate)
                    {
                        var markdown = Renderers.Render("markdown", recommendation, counterfactuals, culture);
                        return new InterviewToolResult(false, Object(w =>
                        {
                            w.WritePropertyName("recommendation");
                            written.RootElement.WriteTo(w);
                            w.WriteString("markdown", markdown);
                        }), markdown);
                    }

                    return Json(Object(w =>
                    {
                        foreach (var name in (ReadOnlySpan<string>)["decision", "score", "counterfactuals"])
                        {
                            w.WritePropertyName(name);
                            written.RootElement.GetProperty(name).WriteTo(w);
                        }
                    }));
                }

            case ToolKind.Assess:
                var known = Read(arguments, "scenario", errors, static bytes => (InterviewJson.TryReadPartialScenario(bytes, out var read, out var problems), read, problems));
                if (known is null || errors.Count > 0)
                {
                    return Error(errors);
                }

                var assessment = context.Advisor.Assess(known);
                using (var written = JsonDocument.Parse(InterviewJson.Write(assessment, culture)))
                {
                    var markdown = Rendering.Renderers.Render("markdown", assessment, culture);
                    return new InterviewToolResult(false, Object(w =>
                    {
                        w.WritePropertyName("assessment");
                        written.RootElement.WriteTo(w);
                        w.WriteString("markdown", markdown);
                    }), markdown);
                }

            case ToolKind.Rank:
                var invitations = Read(arguments, "invitations", errors, static bytes => (InterviewJson.TryReadScenarios(bytes, out var read, out var problems), read, problems));
                if (invitations is null || errors.Count > 0)
                {
                    return Error(errors);
                }

                using (var ranking = JsonDocument.Parse(InterviewJson.WriteRanking(context.Advisor, invitations, culture)))
                {
                    return Json(ranking.RootElement.Clone());
                }

            default:
                if (errors.Count > 0)
                {
                    return Error(errors);
                }

                return Json(Object(w => WriteRules(w, context.Advisor, culture)));
        }
    }

    private static void CheckNames(ToolDefinition definition, JsonElement arguments, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in arguments.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                errors.Add($"$.{Cut(property.Name)}: the argument is given twice; give it once.");
            }
            else if (!definition.Arguments.Contains(property.Name, StringComparer.Ordinal))
            {
                errors.Add($"$.{Cut(property.Name)}: \"{Cut(property.Name)}\" is not an argument of {definition.Name}; its arguments are {Listing(definition.Arguments)}.");
            }
        }
    }

    /// <summary>Reads <c>language</c> as every front door reads a language tag (<see cref="Languages.TryResolve"/>): a regional tag is read as its language.</summary>
    private static CultureInfo? ReadLanguage(JsonElement arguments, CultureInfo? fallback, List<string> errors)
    {
        if (!arguments.TryGetProperty("language", out var language))
        {
            return fallback;
        }

        var fallbackName = Languages.Resolve(fallback);
        if (language.ValueKind != JsonValueKind.String)
        {
            errors.Add($"$.language: {Describe(language)} is not a language tag; give one of {Listing(Languages.Shipped)} as a string, or leave it out for \"{fallbackName}\".");
            return fallback;
        }

        if (Languages.TryResolve(language.GetString()!, out var culture, out var problem))
        {
            return culture;
        }

        errors.Add($"$.language: {problem} Leave it out for \"{fallbackName}\".");
        return fallback;
    }

    private static bool ReadBoolean(JsonElement arguments, string name, List<string> errors)
    {
        if (!arguments.TryGetProperty(name, out var value))
        {
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        errors.Add($"$.{name}: {Describe(value)} is not a boolean; use true or false (without quotes), or leave it out for false.");
        return false;
    }

    /// <summary>Reads one argument with the library's strict reader, and moves its error paths under the argument's name.</summary>
    private static T? Read<T>(JsonElement arguments, string name, List<string> errors, Func<ReadOnlyMemory<byte>, (bool Ok, T? Value, IReadOnlyList<InputError> Problems)> reader)
        where T : class
    {
        if (!arguments.TryGetProperty(name, out var value))
        {
            errors.Add(typeof(T) == typeof(PartialScenario)
                ? "$.scenario: the scenario is required: an object with what is known so far ({} when nothing is yet), as the tool's input schema says."
                : name == "scenario"
                ? "$.scenario: the scenario is required: an object with candidate and opportunity (and concerns, redFlags and rumours when there are any), as the tool's input schema says."
                : "$.invitations: the invitations are required: an array with one scenario per invitation, in the order the person gave them.");
            return null;
        }

        var (ok, read, problems) = reader(Encoding.UTF8.GetBytes(value.GetRawText()));
        foreach (var problem in problems)
        {
            // The reader's paths start at its document ($, $.candidate, $[2]); the tool's at the arguments.
            errors.Add(new InputError("$." + name + problem.Path[1..], problem.Message).ToString());
        }

        return ok ? read : null;
    }

    /// <summary>
    /// Whether every problem with <c>scenario</c> is a required fact left out: then it reads as a partial scenario,
    /// which has the scenario's checks with every field optional (and no list written as <c>{include, exclude}</c>,
    /// which only the partial scenario allows).
    /// </summary>
    private static bool OnlyFactsMissing(JsonElement arguments)
    {
        if (!arguments.TryGetProperty("scenario", out var value) || value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var list in (ReadOnlySpan<string>)["concerns", "redFlags", "rumours"])
        {
            if (value.TryGetProperty(list, out var items) && items.ValueKind == JsonValueKind.Object)
            {
                return false;
            }
        }

        return InterviewJson.TryReadPartialScenario(Encoding.UTF8.GetBytes(value.GetRawText()), out _, out _);
    }

    private static void WriteRules(Utf8JsonWriter writer, InterviewAdvisor advisor, CultureInfo? culture)
    {
        writer.WriteStartArray("rules");
        foreach (var rule in advisor.Rules)
        {
            WriteRule(writer, rule.Descriptor, enabled: true, culture);
        }

        // The article's rules this advisor does not apply (switched off by its policy, or removed in code).
        foreach (var rule in Policies.InterviewPolicy.ArticleDefault.CreateRuleSet())
        {
            if (!advisor.Rules.Contains(rule.Descriptor.Id))
            {
                WriteRule(writer, rule.Descriptor, enabled: false, culture);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteRule(Utf8JsonWriter writer, Engine.RuleDescriptor rule, bool enabled, CultureInfo? culture)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(rule.Kind.ToString()));
        writer.WriteString("source", rule.GetSource(culture));
        writer.WriteBoolean("enabled", enabled);
        writer.WriteString("title", rule.GetTitle(culture));
        writer.WriteEndObject();
    }

    private static InterviewToolResult Json(JsonElement structured) => new(false, structured, Text(structured));

    private static InterviewToolResult Error(List<string> errors)
    {
        var lines = errors.Take(MaxErrorLines).ToList();
        if (errors.Count > MaxErrorLines)
        {
            lines.Add($"… and {errors.Count - MaxErrorLines} more problems.");
        }

        var structured = Object(w =>
        {
            w.WriteString("error", "The arguments break the tool's contract: fix each field below (or ask the person for it) and call the tool again.");
            w.WriteStartArray("errors");
            foreach (var line in lines)
            {
                w.WriteStringValue(line);
            }

            w.WriteEndArray();
        });
        return new InterviewToolResult(true, structured, string.Join("\n", lines));
    }

    private static JsonElement Object(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static string Text(JsonElement structured)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            structured.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{Cut(value.GetString()!)}\"",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => Cut(value.GetRawText()),
    };

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Listing(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "none",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
