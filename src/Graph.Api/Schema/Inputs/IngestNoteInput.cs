using Graph.Ingest;

namespace Graph.Api.Schema.Inputs;

public sealed record IngestNoteInput(string Text, NoteSource Source);
