using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewRules.Engine;

namespace InterviewRules.Json;

/// <summary>Writes evidence as an object keyed by fact path, each value in its own JSON type. Write-only.</summary>
internal sealed class EvidenceJsonConverter : JsonConverter<IReadOnlyList<Evidence>>
{
    public override IReadOnlyList<Evidence> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Evidence is written, never read.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<Evidence> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var evidence in value)
        {
            writer.WritePropertyName(evidence.Fact);
            WriteValue(writer, evidence.Value);
        }

        writer.WriteEndObject();
    }

    internal static void WriteValue(Utf8JsonWriter writer, FactValue value) => value.WriteTo(writer);
}

/// <summary>Writes one fact value in its own JSON type. Write-only.</summary>
internal sealed class FactValueJsonConverter : JsonConverter<FactValue>
{
    public override FactValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Fact values are written, never read.");

    public override void Write(Utf8JsonWriter writer, FactValue value, JsonSerializerOptions options) => EvidenceJsonConverter.WriteValue(writer, value);
}
