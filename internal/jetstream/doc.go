// Package jetstream implements pipeline.Queue over NATS JetStream, so that
// any number of storyline workers, on any machines, can share the work of
// one ingest.
//
// # Layout on the server
//
// Jobs are published to the subject "<Subject>.<kind>" (storyline.jobs.extract,
// storyline.jobs.document, storyline.jobs.fetch) and kept in the stream
// STORYLINE_JOBS with work-queue retention: a job is deleted once a worker
// acknowledges it. All workers share one durable pull consumer
// ("storyline-workers") with explicit acknowledgement, so each job goes to one
// worker at a time. Failed jobs are kept, as JSON records with the error text,
// in a second stream STORYLINE_DEAD on the subject storyline.dead. All names
// are Options, so that tests and tenants can use their own.
//
// # Delivery guarantees
//
// Delivery is at least once. A job a worker received is reserved for it for
// AckWait; while the worker runs the job the reservation is renewed (an
// "in progress" ack every AckWait/3), so a slow job is not handed out twice,
// but a worker that dies (kill -9, lost machine, lost connection) stops
// renewing and the job goes to another worker after AckWait.
//
// Each Queue keeps Options.Prefetch jobs pulled ahead of its receivers,
// so that the next job is usually in hand when a worker asks for it.
// Prefetched jobs are reserved for the process like the jobs it runs, and
// renewed the same way while they wait: Close gives back the ones not
// handed out; if the process dies they come back after AckWait.
//
// A job that fails with a transient error is negatively acknowledged with a
// delay that doubles per attempt (RetryDelay, capped at MaxRetryDelay). After
// MaxDeliver failed attempts, or at once for an error marked
// pipeline.Permanent or a payload that cannot be decoded, the job is
// published to the dead-letter subject with its error text and then
// acknowledged. A job that comes round a MaxDeliver+1-th time was never
// settled by its last worker (a "poison" page that crashes or stalls
// workers): the receiver dead-letters it without running it again. The
// server-side consumer has no delivery limit of its own, so a job is never
// dropped without a dead letter; if publishing the dead letter fails, the
// job is redelivered later and the receiver tries again.
//
// # Idempotency
//
// Every job is published with the Nats-Msg-Id header set to its Key (a hash
// of its identity and content), so JetStream drops a re-published copy inside
// the stream's duplicate window (DuplicateWindow, one hour by default) and a
// publish retried after a lost acknowledgement is not stored twice. Outside
// the window, the store's writes are idempotent by content hash.
//
// # Connections
//
// The client reconnects forever. Publish retries until its context is done,
// reusing the same message id so that retries cannot double a job; Receive
// retries its pulls; an acknowledgement that cannot be delivered leads to a
// redelivery, which idempotent jobs tolerate.
//
// # Messages
//
// An extract job with a page travels as the page itself in the message
// body, with the rest of the job as JSON in the "Storyline-Job" header;
// other jobs travel as their JSON (pipeline.Job). Bodies larger than 32 KiB
// are gzip-compressed (header "Storyline-Encoding: gzip"); a job still
// larger than the server's max_payload is refused with pipeline.ErrTooLarge.
// A received page keeps its compressed form in pipeline.Job.BodyGzip: it is
// the store's page format (store.DecompressPage), so a worker stores it as
// it came and the page is compressed once, by the publisher.
// A dead letter is a JSON DeadLetter record holding the job's JSON form; if
// that would not fit max_payload, the page is left out (omitted_bytes) and
// the job's source says where to find it.
package jetstream
