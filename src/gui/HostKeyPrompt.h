#pragma once

#include <QMetaType>
#include <QString>

namespace omsua::gui {

// A host key the operator must see: an unknown one to accept or refuse, or a changed or revoked
// one that is refused whatever they answer.
struct HostKeyPrompt
{
    enum class Kind { Unknown, Mismatch, Revoked };
    Kind kind = Kind::Unknown;
    QString host;
    quint16 port = 22;
    QString knownHostsFile;
    QString keyType;          // of the key the server presented
    QString fingerprint;      // of the key the server presented; empty if it could not be read
    QString knownFingerprint; // Mismatch: the one known_hosts records
    QString knownHostsLine;   // Mismatch/Revoked: file:line concerned
    QString message;          // the refusal as the SSH layer words it
};

} // namespace omsua::gui

Q_DECLARE_METATYPE(omsua::gui::HostKeyPrompt)
