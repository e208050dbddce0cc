// Work on every core, shared by the pipeline (reading and extraction) and
// the graph figures: a number of threads, and jobs 0..n-1 run on them.
#pragma once

#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace wngraph::detail {

inline unsigned thread_count(unsigned wanted) {
  unsigned hw = std::max(1u, std::thread::hardware_concurrency());
  return wanted == 0 ? hw : wanted;
}

// Runs job(chunk) for chunk in [0, chunks) on `threads` threads. Work is
// split into a fixed number of chunks whatever the thread count, and each
// chunk writes only its own results, so sums taken in chunk order make the
// figures independent of the thread count.
// `report(done_share)` is called after each chunk, serialised, with a share
// that never goes down.
template <class Job>
void parallel_chunks(size_t chunks, unsigned threads, Job job, const std::function<void(double)>& report = nullptr) {
  std::atomic<size_t> next{0};
  size_t finished = 0;
  std::mutex report_mutex;
  auto worker = [&] {
    for (size_t c; (c = next.fetch_add(1)) < chunks;) {
      job(c);
      if (report) {
        // Counted under the lock, so the shares reported only grow.
        std::lock_guard<std::mutex> lock(report_mutex);
        report(static_cast<double>(++finished) / chunks);
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads && t < chunks; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
}

}  // namespace wngraph::detail
