#pragma once

#include <QDeadlineTimer>
#include <atomic>
#include <libssh2.h>

namespace omsua::remote {

// Drives a libssh2 session that is in non-blocking mode as if it were blocking, but with a
// deadline and a cancel flag: a call that returns LIBSSH2_ERROR_EAGAIN is repeated after poll()
// says the socket is ready in the direction libssh2 is blocked on. Nothing here can wait past
// the deadline (plus the short grace below), so no libssh2 call hangs forever.
//
// libssh2 1.10 rule this class enforces: once a call has returned EAGAIN with half a packet
// sent (block direction OUTBOUND), the next call on the session must be the same one, or
// libssh2 fails with LIBSSH2_ERROR_BAD_USE. So when the deadline or the cancel flag strikes in
// that state, repeat() keeps repeating the call (for at most kOutboundGraceMs) until the packet
// is out, and only then gives up.
class SessionWait
{
public:
    enum class Outcome { Ready, TimedOut, Cancelled, Failed };

    static constexpr int kOutboundGraceMs = 3000;

    SessionWait(LIBSSH2_SESSION* session, int socket, QDeadlineTimer deadline,
                const std::atomic<bool>* cancel = nullptr)
        : m_session(session)
        , m_socket(socket)
        , m_deadline(deadline)
        , m_cancel(cancel)
    {}

    // Repeats call() while it returns LIBSSH2_ERROR_EAGAIN. Returns its result, or
    // LIBSSH2_ERROR_EAGAIN when it had to give up (outcome() tells why).
    template <typename Call>
    int repeat(Call&& call)
    {
        for (;;) {
            const int rc = call();
            if (rc != LIBSSH2_ERROR_EAGAIN)
                return rc;
            if (waitOnce() != Outcome::Ready)
                return finishOutbound(call);
        }
    }

    // The same for the libssh2 calls that return a pointer: NULL with last errno EAGAIN means
    // "call again".
    template <typename T, typename Call>
    T* repeatPointer(Call&& call)
    {
        T* result = nullptr;
        repeat([&]() -> int {
            result = call();
            if (result)
                return 0;
            const int error = libssh2_session_last_errno(m_session);
            return error == LIBSSH2_ERROR_EAGAIN ? LIBSSH2_ERROR_EAGAIN : (error ? error : -1);
        });
        return result;
    }

    // Waits once for the socket (in slices, to notice the cancel flag). Ready, or why not.
    Outcome waitOnce();

    // Whether the deadline passed or the cancel flag is set (does not wait). Updates outcome().
    bool shouldStop();

    Outcome outcome() const { return m_outcome; }
    bool stopped() const
    {
        return m_outcome == Outcome::TimedOut || m_outcome == Outcome::Cancelled;
    }
    bool failed() const { return m_outcome == Outcome::Failed; }
    // A half-sent packet could not be completed within the grace period: the session is
    // unusable (its next call would fail with BAD_USE); disconnect it.
    bool sessionBroken() const { return m_broken; }

    bool outboundPending() const
    {
        return (libssh2_session_block_directions(m_session) & LIBSSH2_SESSION_BLOCK_OUTBOUND) != 0;
    }

    QDeadlineTimer deadline() const { return m_deadline; }
    void setDeadline(QDeadlineTimer deadline) { m_deadline = deadline; }

private:
    template <typename Call>
    int finishOutbound(Call& call)
    {
        if (m_outcome == Outcome::Failed || !outboundPending())
            return LIBSSH2_ERROR_EAGAIN;
        const Outcome why = m_outcome;
        const QDeadlineTimer grace(kOutboundGraceMs);
        while (outboundPending()) {
            if (grace.hasExpired() || !waitWritable(grace)) {
                m_broken = true;
                break;
            }
            const int rc = call();
            if (rc != LIBSSH2_ERROR_EAGAIN) {
                // The call completed while we were only flushing; it is still abandoned.
                break;
            }
        }
        m_outcome = why;
        return LIBSSH2_ERROR_EAGAIN;
    }

    bool waitWritable(QDeadlineTimer grace);

    LIBSSH2_SESSION* m_session;
    int m_socket;
    QDeadlineTimer m_deadline;
    const std::atomic<bool>* m_cancel;
    Outcome m_outcome = Outcome::Ready;
    bool m_broken = false;
};

} // namespace omsua::remote
