//! Goals measured in their own sentence by actuals worded alike (总投资…，已完成投资…, once per
//! project): each goal and its actual a series of their own.

use super::Candidate;

/// 总投资6580万元，…已完成投资5165万元; 总投资3267万元，…完成投资2973万元: goals each measured in
/// their own sentence by actuals worded alike (投资) are measured by those alone, each pair
/// a series of its own (投资@152), not one series of what are several projects.
pub(super) fn own_series(cs: &mut [Candidate], links: &[(usize, usize)]) {
    let apart: Vec<usize> = links
        .iter()
        .map(|&(_, j)| j)
        .filter(|&j| {
            !cs[j].subject.contains('@')
                && links
                    .iter()
                    .any(|&(_, k)| cs[k].subject == cs[j].subject && cs[k].start != cs[j].start)
        })
        .collect();
    for j in apart {
        if cs[j].subject.contains('@') {
            continue;
        }
        let own = format!("{}@{}", cs[j].subject, cs[j].figure_start);
        for &(i, _) in links.iter().filter(|&&(_, k)| k == j) {
            cs[i].subject.clone_from(&own);
        }
        cs[j].subject = own;
    }
}
