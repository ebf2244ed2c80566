#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Work shared by a few threads at once. The library links only libc and jansson (no Dispatch, no Foundation), so
/// these are plain POSIX threads, started for one piece of work and joined before it returns: nothing keeps running
/// behind the host's back.
package enum WorkerThreads {
    /// Runs `body(worker)` for every worker in 0..<count: on count − 1 threads of its own and the calling thread,
    /// returning when all have finished. A thread the system refuses to start leaves its share to the calling thread,
    /// so the work is done either way.
    package static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else {
            body(0)
            return
        }
        var started: [pthread_t] = []
        var leftOver: [Int] = []
        for worker in 1..<count {
            let job = Unmanaged.passRetained(Job(worker: worker, body: body)).toOpaque()
            #if canImport(Glibc)
                var thread = pthread_t()
                if pthread_create(&thread, nil, runJob, job) == 0 {
                    started.append(thread)
                    continue
                }
            #else
                var thread: pthread_t?
                if pthread_create(&thread, nil, runJob, job) == 0, let thread {
                    started.append(thread)
                    continue
                }
            #endif
            Unmanaged<Job>.fromOpaque(job).release()
            leftOver.append(worker)
        }
        body(0)
        for worker in leftOver { body(worker) }
        for thread in started { pthread_join(thread, nil) }
    }

    /// The processors online (at least 1): the default number of workers.
    package static var processors: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

private final class Job: Sendable {
    let worker: Int
    let body: @Sendable (Int) -> Void

    init(worker: Int, body: @escaping @Sendable (Int) -> Void) {
        self.worker = worker
        self.body = body
    }
}

private func runJob(_ raw: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let raw else { return nil }
    let job = Unmanaged<Job>.fromOpaque(raw).takeRetainedValue()
    job.body(job.worker)
    return nil
}

/// One result slot per item, each written by exactly one worker and read after all have joined. The slots live in
/// memory of their own (not a Swift array), so workers writing different slots never touch shared state.
package final class WorkerSlots<Value>: @unchecked Sendable {
    private let values: UnsafeMutableBufferPointer<Value?>

    package init(count: Int) {
        values = .allocate(capacity: count)
        values.initialize(repeating: nil)
    }

    deinit {
        _ = values.deinitialize()
        values.deallocate()
    }

    package subscript(index: Int) -> Value? {
        get { values[index] }
        set { values[index] = newValue }
    }
}
