using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewRules.Localization;

namespace InterviewRules.Tools;

/// <summary>
/// A tool's name, descriptions and schemas. The argument and result schemas are composed from the library's
/// embedded JSON Schemas (<see cref="InterviewJson.Schema"/>), never copied by hand, with descriptions written for a
/// model laid over the fields: so a field added to the scenario contract reaches the tools by itself.
/// </summary>
internal sealed record ToolDefinition(string Name, string Title, string Description, IReadOnlyList<string> Arguments, JsonElement InputSchema, JsonElement OutputSchema)
{
    private static readonly ToolDefinition[] All = Build();

    public static ToolDefinition For(ToolKind kind) => All[(int)kind];

    private static ToolDefinition[] Build()
    {
        var scenario = ScenarioForModels();
        var recommendation = Embedded("recommendation");

        var evaluate = new ToolDefinition(
            InterviewTools.EvaluateInterview,
            "Should I take this interview?",
            ToolTexts.Evaluate,
            ["scenario", "language", "counterfactuals"],
            ArgumentSchema(("scenario", scenario.DeepClone()), ("language", Language()), ("counterfactuals", Counterfactuals())),
            Result(
                ["recommendation", "markdown"],
                ("recommendation", recommendation.DeepClone()),
                ("markdown", new JsonObject { ["type"] = "string", ["description"] = ToolTexts.MarkdownField })));

        var rank = new ToolDefinition(
            InterviewTools.RankInvitations,
            "Which interview invitations first?",
            ToolTexts.Rank,
            ["invitations", "language"],
            ArgumentSchema(
                ("invitations", new JsonObject { ["type"] = "array", ["description"] = ToolTexts.InvitationsField, ["items"] = scenario.DeepClone() }),
                ("language", Language())),
            Root(Embedded("ranking")));

        var rules = new ToolDefinition(
            InterviewTools.ListRules,
            "What the advice is based on",
            ToolTexts.ListRules,
            ["language"],
            ArgumentSchema(("language", Language())),
            RulesResult());

        var counterfactuals = recommendation["properties"]!["counterfactuals"]!.DeepClone();
        var change = new ToolDefinition(
            InterviewTools.WhatWouldChangeIt,
            "What would change the advice?",
            ToolTexts.WhatWouldChangeIt,
            ["scenario", "language"],
            ArgumentSchema(("scenario", scenario.DeepClone()), ("language", Language())),
            Result(
                ["decision", "score", "counterfactuals"],
                ("decision", recommendation["properties"]!["decision"]!.DeepClone()),
                ("score", recommendation["properties"]!["score"]!.DeepClone()),
                ("counterfactuals", counterfactuals)));

        var assess = new ToolDefinition(
            InterviewTools.AssessInterview,
            "What can be said so far?",
            ToolTexts.Assess,
            ["scenario", "language"],
            ArgumentSchema(("scenario", ScenarioForModels(partial: true)), ("language", Language())),
            Result(
                ["assessment", "markdown"],
                ("assessment", AssessmentWithRecommendation(recommendation.DeepClone().AsObject())),
                ("markdown", new JsonObject { ["type"] = "string", ["description"] = ToolTexts.AssessmentMarkdownField })));

        return [evaluate, rank, rules, change, assess];
    }

    /// <summary>
    /// The assessment contract, its <c>recommendation</c> (an object in the assessment schema) spelled out as the
    /// recommendation contract, whose <c>$defs</c> join the assessment's: one name, one definition.
    /// </summary>
    private static JsonObject AssessmentWithRecommendation(JsonObject recommendation)
    {
        var assessment = Embedded("assessment");
        var definitions = assessment["$defs"]!.AsObject();
        if (recommendation["$defs"] is JsonObject inner)
        {
            recommendation.Remove("$defs");
            foreach (var (key, value) in inner)
            {
                if (definitions[key] is { } existing && !JsonNode.DeepEquals(existing, value))
                {
                    throw new InvalidOperationException($"The assessment and recommendation schemas define \"{key}\" differently; one result schema cannot hold both.");
                }

                definitions[key] = value!.DeepClone();
            }
        }

        var property = assessment["properties"]!["recommendation"]!.AsObject();
        recommendation["description"] = property["description"]?.DeepClone();
        assessment["properties"]!["recommendation"] = recommendation;
        return assessment;
    }

    /// <summary>The scenario schema, or the partial scenario's, with the model-facing descriptions laid over its fields.</summary>
    private static JsonObject ScenarioForModels(bool partial = false)
    {
        var scenario = Embedded(partial ? "partial-scenario" : "scenario");
        var properties = scenario["properties"]!.AsObject();
        var hasRumours = properties.ContainsKey("rumours");
        scenario["description"] = partial ? ToolTexts.PartialScenarioField : ToolTexts.ScenarioField;
        foreach (var (path, text) in ToolTexts.FieldDescriptions(hasRumours, partial))
        {
            JsonNode? node = scenario;
            foreach (var step in path.Split('.'))
            {
                node = node?["properties"]?[step];
            }

            if (node is JsonObject field)
            {
                field["description"] = text;
            }
        }

        return scenario;
    }

    /// <summary>An embedded schema as a subschema: without the document keywords, its <c>$defs</c> kept for <see cref="Result"/> to move to the root.</summary>
    private static JsonObject Embedded(string name)
    {
        var schema = JsonNode.Parse(InterviewJson.Schema(name))!.AsObject();
        schema.Remove("$schema");
        schema.Remove("$id");
        schema.Remove("title");
        return schema;
    }

    private static JsonObject Language() => new()
    {
        ["type"] = "string",
        ["enum"] = new JsonArray([.. Languages.Shipped.Select(code => (JsonNode?)JsonValue.Create(code))]),
        ["description"] = ToolTexts.LanguageField,
    };

    private static JsonObject Counterfactuals() => new()
    {
        ["type"] = "boolean",
        ["default"] = false,
        ["description"] = ToolTexts.CounterfactualsField,
    };

    private static JsonElement ArgumentSchema(params (string Name, JsonNode Schema)[] arguments)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var (name, schema) in arguments)
        {
            properties[name] = schema;
            if (name is "scenario" or "invitations")
            {
                required.Add((JsonNode?)JsonValue.Create(name));
            }
        }

        return ToElement(new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
            ["additionalProperties"] = false,
        });
    }

    /// <summary>A result object of named parts; the parts' <c>$defs</c> move to the root, where their <c>#/$defs/…</c> references point.</summary>
    private static JsonElement Result(string[] required, params (string Name, JsonNode Schema)[] parts)
    {
        var properties = new JsonObject();
        var definitions = new JsonObject();
        foreach (var (name, schema) in parts)
        {
            if (schema is JsonObject part && part["$defs"] is JsonObject defs)
            {
                part.Remove("$defs");
                foreach (var (key, value) in defs)
                {
                    definitions[key] = value!.DeepClone();
                }
            }

            properties[name] = schema;
        }

        var result = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray(Array.ConvertAll(required, r => (JsonNode?)r)),
            ["additionalProperties"] = false,
        };
        if (definitions.Count > 0)
        {
            result["$defs"] = definitions;
        }

        return ToElement(result);
    }

    private static JsonElement Root(JsonObject schema)
    {
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        return ToElement(schema);
    }

    private static JsonElement RulesResult() => ToElement(JsonNode.Parse("""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "additionalProperties": false,
          "required": ["rules"],
          "properties": {
            "rules": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "kind", "source", "enabled", "title"],
                "properties": {
                  "id": { "type": "string", "description": "The rule's stable id, as findings name it (ruleId)." },
                  "kind": { "enum": ["reason", "counterReason", "exception", "cost"] },
                  "source": { "type": "string", "description": "The article section the rule cites, or the policy that added it." },
                  "enabled": { "type": "boolean", "description": "false for an article rule this advisor does not apply." },
                  "title": { "type": "string" }
                }
              }
            }
          }
        }
        """)!);

    private static JsonElement ToElement(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }
}
