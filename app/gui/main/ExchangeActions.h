#pragma once

#include <QObject>

namespace laatu::gui {

class ReviewHost;

// Two laptops: one reviewer's ratings written to a file, and such files merged into the review
// on the lead reviewer's laptop.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    explicit ExchangeActions(ReviewHost &host, QObject *parent = nullptr);

    bool exportMyRatings();
    bool mergeRatings();

private:
    ReviewHost &m_host;
};

} // namespace laatu::gui
