package anjuan.ingest.read;

import anjuan.ingest.IngestStatus;

/** A reader's verdict that a file cannot be read, with the status it ends in and why. */
public final class ReadFailure extends Exception {
  private final IngestStatus status;

  public ReadFailure(IngestStatus status, String reason) {
    super(reason);
    this.status = status;
  }

  public IngestStatus status() {
    return status;
  }
}
