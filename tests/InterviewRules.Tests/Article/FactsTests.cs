using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Json;
using InterviewRules.Policies;
using Xunit;

namespace InterviewRules.Tests.Article;

/// <summary>The fact table is the scenario contract: the published schema, the enums and the constructors must agree with it.</summary>
public class FactsTests
{
    private static IEnumerable<FactDefinition> InDocument => Facts.All.Where(f => f.InDocument);

    [Fact]
    public void ScenarioSchema_AgreesWithTheFactTable()
    {
        var schema = JsonNode.Parse(InterviewJson.Schema("scenario"))!.AsObject();
        foreach (var key in new[] { "$schema", "$id", "title" })
        {
            Assert.True(schema.Remove(key), key);
        }

        // Every property, its type, limits, names, default, and every required list: the schema as the table would write it.
        Assert.Equal(Canonical(SchemaFromTable()), Canonical(WithoutDescriptions(schema)));
    }

    [Fact]
    public void ScenarioSchema_ListsThePropertiesInContractOrder()
    {
        var schema = JsonNode.Parse(InterviewJson.Schema("scenario"))!.AsObject();
        var root = schema["properties"]!.AsObject();

        Assert.Equal(InDocument.Select(f => f.Parent ?? f.Name).Distinct(), root.Select(p => p.Key));
        foreach (var group in InDocument.Where(f => f.Parent is not null).GroupBy(f => f.Parent!))
        {
            Assert.Equal(group.Select(f => f.Name), root[group.Key]!["properties"]!.AsObject().Select(p => p.Key));
        }
    }

    [Fact]
    public void SchemaComparison_FailsWhenALimitDrifts()
    {
        var schema = JsonNode.Parse(InterviewJson.Schema("scenario"))!.AsObject();
        schema["properties"]!["opportunity"]!["properties"]!["travelHours"]!["maximum"] = 99;

        Assert.NotEqual(Canonical(SchemaFromTable()), Canonical(WithoutDescriptions(schema)));
    }

    [Fact]
    public void Index_IsThePositionInTheTable_AndFindFindsEveryFact()
    {
        for (var i = 0; i < Facts.All.Count; i++)
        {
            Assert.Equal(i, Facts.All[i].Index);
            Assert.Same(Facts.All[i], FactDefinition.Find(Facts.All[i].Path));
        }

        Assert.Same(Facts.All, FactDefinition.All);
        Assert.Null(FactDefinition.Find("candidate"));
        Assert.Equal(
            "candidate.yearsOfExperience, candidate.interviewsInLastYear, candidate.activelyLooking, candidate.otherOpportunities, opportunity.interviewer, opportunity.format, opportunity.travelHours, opportunity.durationHours, opportunity.industry, opportunity.totalHours, concerns, redFlags, rumours",
            FactDefinition.Paths());
    }

    [Fact]
    public void TotalHours_IsDerived_ConditionsReadItButDocumentsDoNot()
    {
        var scenario = Some.Scenario(opportunity: Some.Opportunity(travel: 2.5, duration: 1));

        Assert.False(Facts.TotalHours.InDocument);
        Assert.Equal(FactValue.FromNumber(3.5), Facts.TotalHours.Read(scenario));
        Assert.DoesNotContain("totalHours", InterviewJson.Write(scenario), StringComparison.Ordinal);
    }

    [Fact]
    public void EnumNames_AreTheEnumValuesInCamelCase_ByPosition()
    {
        AssertNames<Concern>(Facts.ConcernNames, ContractNames.Of);
        AssertNames<RedFlag>(Facts.RedFlagNames, ContractNames.Of);
        AssertNames<InterviewerRole>(Facts.InterviewerNames, ContractNames.Of);
        AssertNames<InterviewFormat>(Facts.FormatNames, ContractNames.Of);
        AssertNames<FindingKind>(null, ContractNames.Of);
        AssertNames<FindingEffect>(null, ContractNames.Of);
        AssertNames<Verdict>(null, ContractNames.Of);
        AssertNames<ConditionOperator>(null, ContractNames.Of, ["equals", "notEquals", "lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual", "in", "contains"]);
        Assert.Same(Facts.InterviewerNames, Facts.Interviewer.AllowedValues);
        Assert.Same(Facts.ConcernNames, Facts.Concerns.AllowedValues);
    }

    [Fact]
    public void AllowedValues_AreReadOnly_SoNoCallerCanChangeTheNames()
    {
        foreach (var fact in Facts.All)
        {
            ScenarioValidationTests.AssertReadOnly(fact.AllowedValues);
            ScenarioValidationTests.AssertReadOnly(FactOperators.Of(fact));
        }

        Assert.Equal("tooBusy", ContractNames.Of(Concern.TooBusy));
    }

    [Fact]
    public void Defaults_AreWhatTheConstructorsAndTheReaderGiveALeftOutFact()
    {
        var constructed = new InterviewScenario(new Candidate(3, 2, false), new Opportunity(InterviewerRole.Peer, InterviewFormat.OnSite));
        var read = InterviewJson.ReadScenario("""{"candidate":{"yearsOfExperience":3,"interviewsInLastYear":2,"activelyLooking":false},"opportunity":{"interviewer":"peer","format":"onSite"}}""");

        foreach (var fact in InDocument.Where(f => !f.Required))
        {
            Assert.Equal(fact.Default, fact.Read(constructed));
            Assert.Equal(fact.Default, fact.Read(read));
        }

        Assert.Equal(constructed, read);
    }

    [Fact]
    public void Create_IsTheInverseOfRead()
    {
        var scenario = Some.Scenario(
            Some.Candidate(1.5, 7, true, 2),
            Some.Opportunity(InterviewerRole.DepartmentHead, InterviewFormat.Phone, 0.5, 2, "retail"),
            [Concern.FearOfRejection, Concern.NotInterested],
            [RedFlag.HostileCulture]);

        Assert.Equal(scenario, Facts.Create(Facts.All.Select(f => f.Read(scenario)).ToArray()));
    }

    private static void AssertNames<TEnum>(EnumNames<TEnum>? table, Func<TEnum, string> of, string[]? expected = null)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(i, Convert.ToInt32(values[i], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected?[i] ?? JsonNamingPolicy.CamelCase.ConvertName(values[i].ToString()), of(values[i]));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => of((TEnum)(object)values.Length));
        if (table is not null)
        {
            Assert.Equal(values.Select(of), table);
        }
    }

    private static JsonObject SchemaFromTable()
    {
        var root = new JsonObject { ["type"] = "object", ["additionalProperties"] = false };
        var required = new JsonArray();
        var properties = new JsonObject();
        foreach (var fact in InDocument)
        {
            if (fact.Parent is null)
            {
                properties[fact.Name] = Property(fact);
                if (fact.Required)
                {
                    required.Add(fact.Name);
                }

                continue;
            }

            if (properties[fact.Parent] is not JsonObject group)
            {
                group = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["required"] = new JsonArray(), ["properties"] = new JsonObject() };
                properties[fact.Parent] = group;
            }

            group["properties"]!.AsObject()[fact.Name] = Property(fact);
            if (fact.Required)
            {
                group["required"]!.AsArray().Add(fact.Name);
                if (!required.Any(r => r!.GetValue<string>() == fact.Parent))
                {
                    required.Add(fact.Parent);
                }
            }
        }

        root["required"] = required;
        root["properties"] = properties;
        return root;
    }

    private static JsonObject Property(FactDefinition fact)
    {
        var names = new JsonArray(fact.AllowedValues.Select(n => (JsonNode)n).ToArray());
        var property = fact.Type switch
        {
            FactType.Number => new JsonObject
            {
                ["type"] = fact.Limits!.Integer ? "integer" : "number",
                [fact.Limits.MinExclusive ? "exclusiveMinimum" : "minimum"] = fact.Limits.Min,
                ["maximum"] = fact.Limits.Max,
            },
            FactType.Boolean => new JsonObject { ["type"] = "boolean" },
            FactType.Text when fact.AllowedValues.Count > 0 => new JsonObject { ["enum"] = names },
            FactType.Text => new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = fact.MaxLength, ["pattern"] = "\\S" },
            _ => new JsonObject { ["type"] = "array", ["uniqueItems"] = true, ["maxItems"] = fact.AllowedValues.Count, ["items"] = new JsonObject { ["enum"] = names } },
        };

        if (!fact.Required && !(fact.Type == FactType.Text && fact.Default.Text is null))
        {
            property["default"] = fact.Type == FactType.List
                ? new JsonArray(fact.Default.Items.Select(i => (JsonNode)i).ToArray())
                : JsonValue.Create(fact.Default.Number);
        }

        return property;
    }

    private static JsonObject WithoutDescriptions(JsonObject node)
    {
        node.Remove("description");
        foreach (var child in node.Select(p => p.Value).OfType<JsonObject>().ToArray())
        {
            WithoutDescriptions(child);
        }

        return node;
    }

    /// <summary>The node's JSON with every object's keys sorted, numbers as numbers (<c>70</c> and <c>70.0</c> alike).</summary>
    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        null => "null",
        _ => node.ToJsonString(),
    };
}
