using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InterviewRules.Article;

namespace InterviewRules.Json;

/// <summary>Writes the scenario contract fact by fact from the table of <see cref="Facts"/>: every optional field written out, an absent text left out.</summary>
internal static class ScenarioWriter
{
    // The same writer settings as InterviewJson's serializer, so scenarios and recommendations look alike.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    public static string Write(InterviewScenario scenario)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            string? parent = null;
            foreach (var fact in Facts.All)
            {
                if (!fact.InDocument)
                {
                    continue;
                }

                if (!string.Equals(fact.Parent, parent, StringComparison.Ordinal))
                {
                    if (parent is not null)
                    {
                        json.WriteEndObject();
                    }

                    parent = fact.Parent;
                    if (parent is not null)
                    {
                        json.WriteStartObject(parent);
                    }
                }

                var value = fact.Read(scenario);
                if (value.Kind == FactValueKind.Text && value.Text is null)
                {
                    continue;
                }

                json.WritePropertyName(fact.Name);
                EvidenceJsonConverter.WriteValue(json, value);
            }

            if (parent is not null)
            {
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
