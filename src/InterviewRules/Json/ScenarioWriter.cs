using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules.Json;

/// <summary>Writes the scenario contract fact by fact from the table of <see cref="Facts"/>: every optional field written out, an absent text left out.</summary>
internal static class ScenarioWriter
{
    /// <summary>Writes a scenario with the serializer's settings (<paramref name="options"/>), so it looks like the other documents.</summary>
    public static string Write(InterviewScenario scenario, JsonSerializerOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var settings = new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented, IndentCharacter = options.IndentCharacter, IndentSize = options.IndentSize, NewLine = options.NewLine };
        using (var json = new Utf8JsonWriter(buffer, settings))
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
