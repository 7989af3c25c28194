#pragma once

#include <QMessageBox>
#include <optional>

namespace omsua::gui {

// QMessageBox questions that a test can answer in advance (setNextAnswer), so GUI tests run
// the real code path offscreen without a nested event loop to steer.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // The answer the next question() returns without showing anything; used once.
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
};

} // namespace omsua::gui
