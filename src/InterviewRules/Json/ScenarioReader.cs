using System;
using System.Collections.Generic;
using System.Text.Json;

namespace InterviewRules.Json;

/// <summary>Reads the scenario contract of design.md strictly, reporting every problem of a document at once.</summary>
internal static class ScenarioReader
{
    private static readonly string[] RootProperties = ["candidate", "opportunity", "concerns", "redFlags"];
    private static readonly string[] CandidateProperties = ["yearsOfExperience", "interviewsInLastYear", "activelyLooking", "otherOpportunities"];
    private static readonly string[] OpportunityProperties = ["interviewer", "format", "travelHours", "durationHours", "industry"];

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

        var scenarios = new InterviewScenario[root.GetArrayLength()];
        var i = 0;
        foreach (var element in root.EnumerateArray())
        {
            var scenario = Read(element, $"[{i}]", errors);
            if (scenario is not null)
            {
                scenarios[i] = scenario;
            }

            i++;
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
        var candidate = ReadCandidate(reader.Object("candidate", "an object with " + string.Join(", ", CandidateProperties), required: true), reader.Child("candidate"), errors);
        var opportunity = ReadOpportunity(reader.Object("opportunity", "an object with " + string.Join(", ", OpportunityProperties), required: true), reader.Child("opportunity"), errors);
        var concerns = reader.NameList("concerns", ContractNames.Concerns);
        var redFlags = reader.NameList("redFlags", ContractNames.RedFlags);
        if (errors.Count > before || candidate is null || opportunity is null || concerns is null || redFlags is null)
        {
            return null;
        }

        return new InterviewScenario(
            candidate,
            opportunity,
            Array.ConvertAll(concerns, i => (Concern)i),
            Array.ConvertAll(redFlags, i => (RedFlag)i));
    }

    private static Candidate? ReadCandidate(JsonElement? element, string field, List<InputError> errors)
    {
        if (element is null)
        {
            return null;
        }

        var reader = new JsonObjectReader(element.Value, field, CandidateProperties, errors);
        var years = reader.Number("yearsOfExperience", ScenarioContract.YearsOfExperience, required: true);
        var interviews = reader.Number("interviewsInLastYear", ScenarioContract.InterviewsInLastYear, required: true);
        var looking = reader.Boolean("activelyLooking", required: true);
        var others = reader.Number("otherOpportunities", ScenarioContract.OtherOpportunities, required: false);
        var othersPresent = element.Value.TryGetProperty("otherOpportunities", out _);
        if (years is null || interviews is null || looking is null || (othersPresent && others is null))
        {
            return null;
        }

        return new Candidate(years.Value, (int)interviews.Value, looking.Value, (int)(others ?? 0));
    }

    private static Opportunity? ReadOpportunity(JsonElement? element, string field, List<InputError> errors)
    {
        if (element is null)
        {
            return null;
        }

        var reader = new JsonObjectReader(element.Value, field, OpportunityProperties, errors);
        var interviewer = reader.Name("interviewer", ContractNames.Interviewers, required: true);
        var format = reader.Name("format", ContractNames.Formats, required: true);
        var travel = reader.Number("travelHours", ScenarioContract.TravelHours, required: false);
        var duration = reader.Number("durationHours", ScenarioContract.DurationHours, required: false);
        var industry = reader.String("industry", $"a text of at most {ScenarioContract.IndustryMaxLength} characters", required: false);
        var before = errors.Count;
        ScenarioContract.CheckIndustry(errors, industry, reader.Child("industry"));
        var o = element.Value;
        if (interviewer is null || format is null || errors.Count > before
            || (o.TryGetProperty("travelHours", out _) && travel is null)
            || (o.TryGetProperty("durationHours", out _) && duration is null)
            || (o.TryGetProperty("industry", out _) && industry is null))
        {
            return null;
        }

        return new Opportunity((InterviewerRole)interviewer.Value, (InterviewFormat)format.Value, travel ?? 0, duration ?? 1, industry);
    }
}
