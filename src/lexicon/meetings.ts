/**
 * Words that name a meeting, the event a notice of conclusions records ("Hội nghị sơ kết …", "Phiên họp
 * thường kỳ", "buổi làm việc với …"). Matched folded, whole words; one line adds one.
 */
export const meetingWords: readonly string[] = [
  'Hội nghị', 'Phiên họp', 'Buổi làm việc', 'Cuộc làm việc', 'Cuộc họp', 'Buổi họp', 'Hội thảo', 'Kỳ họp',
  'Buổi giao ban', 'Giao ban', 'Tọa đàm', 'Buổi tiếp'
]
