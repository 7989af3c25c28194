#include "remote/SessionWait.h"

#include <cerrno>
#include <poll.h>

namespace omsua::remote {

namespace {
// How often a wait looks at the cancel flag. Short enough that a cancel feels immediate.
constexpr int kSliceMs = 50;
} // namespace

bool SessionWait::shouldStop()
{
    if (m_cancel && m_cancel->load()) {
        m_outcome = Outcome::Cancelled;
        return true;
    }
    if (m_deadline.hasExpired()) {
        m_outcome = Outcome::TimedOut;
        return true;
    }
    return false;
}

SessionWait::Outcome SessionWait::waitOnce()
{
    const int directions = libssh2_session_block_directions(m_session);
    short events = 0;
    if (directions & LIBSSH2_SESSION_BLOCK_INBOUND)
        events |= POLLIN;
    if (directions & LIBSSH2_SESSION_BLOCK_OUTBOUND)
        events |= POLLOUT;
    if (events == 0)
        events = POLLIN; // EAGAIN without a direction: wait for the peer

    for (;;) {
        if (shouldStop())
            return m_outcome;
        const qint64 remaining = m_deadline.remainingTime(); // -1: forever
        const int slice = (remaining < 0 || remaining > kSliceMs) ? kSliceMs : int(remaining);
        pollfd fd{m_socket, events, 0};
        const int rc = ::poll(&fd, 1, slice);
        if (rc > 0) {
            if ((fd.revents & POLLNVAL) != 0) {
                m_outcome = Outcome::Failed;
                return m_outcome;
            }
            // POLLERR/POLLHUP: let libssh2 run into the error and report it itself.
            m_outcome = Outcome::Ready;
            return m_outcome;
        }
        if (rc < 0 && errno != EINTR) {
            m_outcome = Outcome::Failed;
            return m_outcome;
        }
    }
}

bool SessionWait::waitWritable(QDeadlineTimer grace)
{
    const qint64 remaining = grace.remainingTime();
    pollfd fd{m_socket, POLLOUT, 0};
    int rc;
    do {
        rc = ::poll(&fd, 1, remaining < 0 ? -1 : int(remaining));
    } while (rc < 0 && errno == EINTR);
    return rc > 0 && (fd.revents & (POLLERR | POLLHUP | POLLNVAL)) == 0;
}

} // namespace omsua::remote
